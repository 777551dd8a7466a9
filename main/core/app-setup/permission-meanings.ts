/**
 * Every permission the setup wizard can ask for, in plain words, and whether only an
 * administrator may consent to it (Entra's "Admin consent required" column). Application
 * permissions always need an administrator, so only their meaning is listed.
 */
import type { PermissionInfo } from '../../../preload/contract';
import type { ResourceKey } from './resource-apps';

interface DelegatedMeaning {
  meaning: string;
  admin: boolean;
}

const delegated: Readonly<Record<ResourceKey, Readonly<Record<string, DelegatedMeaning>>>> = {
  graph: {
    'User.Read': { meaning: 'Sign you in and read your own profile', admin: false },
    'User.ReadBasic.All': {
      meaning: 'Read the names and e-mail addresses of everyone in your organisation',
      admin: false,
    },
    'User.Read.All': { meaning: 'Read every user’s full profile', admin: true },
    'Organization.Read.All': {
      meaning: 'Read your organisation’s details: name, domains and subscriptions',
      admin: true,
    },
    'ServiceHealth.Read.All': {
      meaning: 'Read Microsoft 365 service health and incidents',
      admin: true,
    },
    'Directory.Read.All': {
      meaning: 'Read everything in your directory: users, groups, apps and roles',
      admin: true,
    },
    'Directory.AccessAsUser.All': {
      meaning: 'Do anything in the directory that you yourself are allowed to do',
      admin: true,
    },
    'Application.Read.All': {
      meaning: 'Read app registrations and enterprise applications',
      admin: true,
    },
    'Application.ReadWrite.All': {
      meaning: 'Create, change and delete app registrations and enterprise applications',
      admin: true,
    },
    'Sites.Read.All': {
      meaning: 'Read SharePoint sites you can open (used to find your SharePoint address)',
      admin: false,
    },
    'Sites.FullControl.All': {
      meaning: 'Have full control of every SharePoint site you can manage',
      admin: true,
    },
  },
  sharepoint: {
    'AllSites.Read': { meaning: 'Read the SharePoint sites and lists you can open', admin: false },
    'AllSites.Write': {
      meaning: 'Create, change and delete items in the SharePoint sites you can edit',
      admin: false,
    },
    'AllSites.FullControl': {
      meaning: 'Have full control of SharePoint sites, including the SharePoint admin center',
      admin: true,
    },
    'Sites.Search.All': { meaning: 'Run SharePoint searches as you', admin: true },
  },
  managementApi: {
    'ActivityFeed.Read': {
      meaning: 'Read your organisation’s audit and activity logs',
      admin: true,
    },
    'ServiceHealth.Read': {
      meaning: 'Read service health through the Management APIs',
      admin: true,
    },
  },
  azureManagement: {
    user_impersonation: {
      meaning: 'Work with the Azure subscriptions and resources you have access to, as you',
      admin: false,
    },
  },
  vivaEngage: {
    user_impersonation: {
      meaning: 'Read and post in Viva Engage communities as you',
      admin: false,
    },
  },
};

const application: Readonly<Partial<Record<ResourceKey, Readonly<Record<string, string>>>>> = {
  graph: {
    'Organization.Read.All': 'Read your organisation’s details, without anyone signed in',
    'User.Read.All': 'Read every user’s full profile, without anyone signed in',
    'ServiceHealth.Read.All': 'Read service health, without anyone signed in',
    'Directory.Read.All': 'Read everything in your directory, without anyone signed in',
    'Application.Read.All': 'Read every app registration, without anyone signed in',
    'Sites.Read.All': 'Read every SharePoint site through Graph, without anyone signed in',
  },
  sharepoint: {
    'Sites.Read.All': 'Read every SharePoint site, without anyone signed in (certificate only)',
    'Sites.ReadWrite.All':
      'Change items in every SharePoint site, without anyone signed in (certificate only)',
    'Sites.FullControl.All':
      'Have full control of every SharePoint site, without anyone signed in (certificate only)',
  },
  managementApi: {
    'ActivityFeed.Read': 'Read audit and activity logs, without anyone signed in',
    'ServiceHealth.Read': 'Read service health, without anyone signed in',
  },
};

/** A permission the wizard can ask for, with the resource it belongs to. */
export interface CatalogPermission extends PermissionInfo {
  resource: ResourceKey;
}

/** The permission with its meaning, or undefined for one the catalog does not describe. */
export function findPermission(
  resource: ResourceKey,
  type: PermissionInfo['type'],
  value: string,
): CatalogPermission | undefined {
  if (type === 'application') {
    const meaning = application[resource]?.[value];
    return meaning ? { resource, value, type, meaning, adminConsentRequired: true } : undefined;
  }
  const known = delegated[resource][value];
  return known
    ? { resource, value, type, meaning: known.meaning, adminConsentRequired: known.admin }
    : undefined;
}

/** Like {@link findPermission}, for the catalog's own lists: a missing meaning is a bug. */
export function describePermission(
  resource: ResourceKey,
  type: PermissionInfo['type'],
  value: string,
): CatalogPermission {
  const found = findPermission(resource, type, value);
  if (!found) throw new Error(`No meaning for ${type} permission ${resource}/${value}`);
  return found;
}
