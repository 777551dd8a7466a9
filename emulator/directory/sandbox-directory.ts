import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from '../store/json-file.js';
import { accessByName } from './app-registrations.js';
import type { AppRegistration, RequiredResourceAccess } from './app-registrations.js';
import type { AppRoleAssignment } from './app-role-assignments.js';
import {
  findConfidentialApp,
  publicClientRedirectUris,
  seedConfidentialAppRoles,
  upgradeConfidentialApp,
} from './confidential-app.js';
import { upgradeFirstPartyClients } from './first-party-clients.js';
import { upgradeStoredApp } from './legacy-directory.js';
import type { StoredApp } from './legacy-directory.js';
import {
  azureServiceManagement,
  managementApis,
  microsoftGraph,
  sharePointOnline,
  yammer,
} from './resource-apis.js';
import { SEEDED_AT } from './stable-ids.js';
import { SANDBOX_TENANT_NAME } from './tenants.js';
import type { Tenant } from './tenants.js';
import type { User } from './users.js';

/** The tenant's directory: tenants, users, app registrations and app role assignments. */
export interface Directory {
  /** The seeding steps applied; a directory from an older emulator gets the later ones once. */
  seedVersion: number;
  tenants: Tenant[];
  users: User[];
  /** The sandbox app first; then the confidential app, first-party clients and created apps. */
  apps: AppRegistration[];
  appRoleAssignments: AppRoleAssignment[];
}

/** The directory plus a way to persist changes made to it (Graph writes, controls). */
export interface DirectoryFile {
  directory: Directory;
  save(): void;
}

/**
 * Version 2: Graph-shaped apps, service principals and app role assignments. Seeded settings
 * are applied when a directory's version is lower, so later Graph changes survive restarts.
 */
const SEED_VERSION = 2;

const FILE_NAME = 'directory.json';

/** Sandbox domain; fixed so docs, tests and screenshots can name it. */
export const SANDBOX_DOMAIN = `${SANDBOX_TENANT_NAME}.onmicrosoft.com`;

type UserTemplate = Omit<User, 'id' | 'tenantId'>;

/** The sandbox accounts: one per level of rights the services distinguish. */
const userTemplates: readonly UserTemplate[] = [
  {
    userPrincipalName: `admin@${SANDBOX_DOMAIN}`,
    displayName: 'Adele Vance',
    givenName: 'Adele',
    surname: 'Vance',
    jobTitle: 'IT Administrator',
    password: 'Sandbox-Admin-2024!',
    roles: ['Global Administrator'],
  },
  {
    userPrincipalName: `megan@${SANDBOX_DOMAIN}`,
    displayName: 'Megan Bowen',
    givenName: 'Megan',
    surname: 'Bowen',
    jobTitle: 'Marketing Manager',
    password: 'Sandbox-User-2024!',
    roles: [],
  },
  {
    userPrincipalName: `lee@${SANDBOX_DOMAIN}`,
    displayName: 'Lee Gu',
    givenName: 'Lee',
    surname: 'Gu',
    jobTitle: 'Director',
    password: 'Sandbox-SpAdmin-2024!',
    roles: ['SharePoint Administrator'],
  },
  {
    userPrincipalName: `alex@${SANDBOX_DOMAIN}`,
    displayName: 'Alex Wilber',
    givenName: 'Alex',
    surname: 'Wilber',
    jobTitle: 'Cloud Engineer',
    password: 'Sandbox-AppAdmin-2024!',
    roles: ['Application Administrator'],
  },
];

/** What "M365 Desk (sandbox)" asks for on each service (its `requiredResourceAccess`). */
function sandboxAppRequiredAccess(): RequiredResourceAccess[] {
  return [
    accessByName(microsoftGraph, [
      'User.Read',
      'Directory.Read.All',
      'Organization.Read.All',
      'Sites.Read.All',
    ]),
    accessByName(sharePointOnline, ['AllSites.Read', 'AllSites.FullControl']),
    accessByName(managementApis, ['ActivityFeed.Read', 'ServiceHealth.Read']),
    accessByName(azureServiceManagement, ['user_impersonation']),
    accessByName(yammer, ['user_impersonation']),
  ];
}

/**
 * Loads the directory from `dataDir`, seeding it on first start. Ids are random per data dir
 * (like a real tenant) but persisted, so restarts keep tenant, user and app ids stable.
 * A directory written by an older emulator is brought up to date in place.
 */
export function loadOrSeedDirectory(dataDir: string): DirectoryFile {
  const file = join(dataDir, FILE_NAME);
  const existing = readJsonFile<StoredDirectory>(file);
  const { directory, changed } = upgradeDirectory(existing ?? seedDirectory());
  const save = () => writeJsonFileAtomic(file, directory, 0o600);
  // Seeding is an upgrade of an empty directory, so new and old data dirs get the same accounts.
  if (!existing || changed) save();
  return { directory, save };
}

/** A directory as any emulator version may have written it. */
type StoredDirectory = Partial<Omit<Directory, 'apps'>> & {
  tenants: Tenant[];
  users: User[];
  apps: StoredApp[];
};

function seedDirectory(): StoredDirectory {
  const tenant: Tenant = {
    id: randomUUID(),
    domain: SANDBOX_DOMAIN,
    displayName: 'Contoso (sandbox)',
  };
  const appId = randomUUID();
  const app: AppRegistration = {
    id: randomUUID(),
    appId,
    tenantId: tenant.id,
    displayName: 'M365 Desk (sandbox)',
    createdDateTime: SEEDED_AT,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: true,
    requiredResourceAccess: sandboxAppRequiredAccess(),
    redirectUris: publicClientRedirectUris(appId),
    servicePrincipalId: randomUUID(),
    servicePrincipalCreatedDateTime: SEEDED_AT,
    passwordCredentials: [],
  };
  return { seedVersion: SEED_VERSION, tenants: [tenant], users: [], apps: [app] };
}

/**
 * Adds accounts, apps and permissions that later emulator versions seed, keeping every
 * existing id (other processes' refresh tokens and caches refer to them).
 */
function upgradeDirectory(stored: StoredDirectory): { directory: Directory; changed: boolean } {
  const tenant = stored.tenants[0];
  if (!tenant || !stored.apps[0]) throw new Error('Sandbox directory has no tenant or app');
  const assignments = stored.appRoleAssignments ?? [];
  let changed = stored.appRoleAssignments === undefined;
  const apps = stored.apps.map((raw) => {
    const upgraded = upgradeStoredApp(raw, assignments);
    changed ||= upgraded.changed;
    return upgraded.app;
  });
  const directory: Directory = {
    seedVersion: stored.seedVersion ?? 1,
    tenants: stored.tenants,
    users: stored.users,
    apps,
    appRoleAssignments: assignments,
  };
  changed = addMissingUsers(directory, tenant) || changed;
  if (directory.seedVersion < SEED_VERSION) {
    applySeededSettings(directory);
    directory.seedVersion = SEED_VERSION;
    changed = true;
  }
  changed = upgradeConfidentialApp(directory.apps, assignments, tenant) || changed;
  changed = upgradeFirstPartyClients(directory.apps, tenant) || changed;
  return { directory, changed };
}

function addMissingUsers(directory: Directory, tenant: Tenant): boolean {
  let changed = false;
  for (const template of userTemplates) {
    const upn = template.userPrincipalName.toLowerCase();
    if (directory.users.some((u) => u.userPrincipalName.toLowerCase() === upn)) continue;
    directory.users.push({
      id: randomUUID(),
      tenantId: tenant.id,
      ...template,
      roles: [...template.roles],
    });
    changed = true;
  }
  return changed;
}

/** What the seeded apps are configured with, for directories from before it was seeded. */
function applySeededSettings(directory: Directory): void {
  const app = directory.apps[0];
  if (app) {
    app.requiredResourceAccess = sandboxAppRequiredAccess();
    app.redirectUris = publicClientRedirectUris(app.appId);
    app.servicePrincipalId ??= randomUUID();
    app.servicePrincipalCreatedDateTime ??= SEEDED_AT;
  }
  const confidential = findConfidentialApp(directory.apps);
  if (confidential) seedConfidentialAppRoles(confidential, directory.appRoleAssignments);
}
