import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from '../store/json-file.js';
import type { AppRegistration, RequiredResourceAccess } from './app-registrations.js';
import {
  azureServiceManagement,
  managementApis,
  microsoftGraph,
  sharePointOnline,
  yammer,
} from './resource-apis.js';
import { publicClientRedirectUris, upgradeConfidentialApp } from './confidential-app.js';
import { SANDBOX_TENANT_NAME } from './tenants.js';
import type { Tenant } from './tenants.js';
import type { User } from './users.js';

/** The seeded directory: tenants, their users and app registrations. */
export interface Directory {
  tenants: Tenant[];
  users: User[];
  apps: AppRegistration[];
}

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
];

/** What "M365 Desk (sandbox)" asks for on each service (its `requiredResourceAccess`). */
function sandboxAppRequiredAccess(): RequiredResourceAccess[] {
  return [
    {
      resource: microsoftGraph.audience,
      scopes: ['User.Read', 'Directory.Read.All', 'Organization.Read.All', 'Sites.Read.All'],
    },
    { resource: sharePointOnline.audience, scopes: ['AllSites.Read', 'AllSites.FullControl'] },
    { resource: managementApis.audience, scopes: ['ActivityFeed.Read', 'ServiceHealth.Read'] },
    { resource: azureServiceManagement.audience, scopes: ['user_impersonation'] },
    { resource: yammer.audience, scopes: ['user_impersonation'] },
  ];
}

/**
 * Loads the directory from `dataDir`, seeding it on first start. Ids are random per data dir
 * (like a real tenant) but persisted, so restarts keep tenant, user and app ids stable.
 * A directory written by an older emulator is brought up to date in place.
 */
export function loadOrSeedDirectory(dataDir: string): Directory {
  const file = join(dataDir, FILE_NAME);
  const existing = readJsonFile<Directory>(file);
  const directory = existing ?? seedDirectory();
  // Seeding is an upgrade of an empty directory, so new and old data dirs get the same accounts.
  const changed = upgradeDirectory(directory);
  if (!existing || changed) writeJsonFileAtomic(file, directory, 0o600);
  return directory;
}

function seedDirectory(): Directory {
  const tenant: Tenant = {
    id: randomUUID(),
    domain: SANDBOX_DOMAIN,
    displayName: 'Contoso (sandbox)',
  };
  const apps: AppRegistration[] = [
    {
      appId: randomUUID(),
      tenantId: tenant.id,
      displayName: 'M365 Desk (sandbox)',
      isFallbackPublicClient: true,
      requiredResourceAccess: sandboxAppRequiredAccess(),
    },
  ];
  return { tenants: [tenant], users: [], apps };
}

/**
 * Adds accounts and app permissions that later emulator versions seed, keeping every
 * existing id (other processes' refresh tokens and caches refer to them). True if changed.
 */
function upgradeDirectory(directory: Directory): boolean {
  const tenant = directory.tenants[0];
  const app = directory.apps[0];
  if (!tenant || !app) throw new Error('Sandbox directory has no tenant or app');
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
  const required = sandboxAppRequiredAccess();
  if (JSON.stringify(app.requiredResourceAccess) !== JSON.stringify(required)) {
    app.requiredResourceAccess = required;
    changed = true;
  }
  const redirectUris = publicClientRedirectUris(app.appId);
  if (JSON.stringify(app.redirectUris) !== JSON.stringify(redirectUris)) {
    app.redirectUris = redirectUris;
    changed = true;
  }
  return upgradeConfidentialApp(directory.apps, tenant) || changed;
}
