import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from '../store/json-file.js';
import type { AppRegistration } from './app-registrations.js';
import { microsoftGraph } from './resource-apis.js';
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
export const SANDBOX_DOMAIN = 'contoso-sandbox.onmicrosoft.com';

/**
 * Loads the directory from `dataDir`, seeding it on first start. Ids are random per data dir
 * (like a real tenant) but persisted, so restarts keep tenant, user and app ids stable.
 */
export function loadOrSeedDirectory(dataDir: string): Directory {
  const file = join(dataDir, FILE_NAME);
  const existing = readJsonFile<Directory>(file);
  if (existing) return existing;
  const seeded = seedDirectory();
  writeJsonFileAtomic(file, seeded, 0o600);
  return seeded;
}

function seedDirectory(): Directory {
  const tenant: Tenant = {
    id: randomUUID(),
    domain: SANDBOX_DOMAIN,
    displayName: 'Contoso (sandbox)',
  };
  const users: User[] = [
    {
      id: randomUUID(),
      tenantId: tenant.id,
      userPrincipalName: `admin@${SANDBOX_DOMAIN}`,
      displayName: 'Adele Vance',
      givenName: 'Adele',
      surname: 'Vance',
      jobTitle: 'IT Administrator',
      password: 'Sandbox-Admin-2024!',
      roles: ['Global Administrator'],
    },
    {
      id: randomUUID(),
      tenantId: tenant.id,
      userPrincipalName: `megan@${SANDBOX_DOMAIN}`,
      displayName: 'Megan Bowen',
      givenName: 'Megan',
      surname: 'Bowen',
      jobTitle: 'Marketing Manager',
      password: 'Sandbox-User-2024!',
      roles: [],
    },
  ];
  const apps: AppRegistration[] = [
    {
      appId: randomUUID(),
      tenantId: tenant.id,
      displayName: 'M365 Desk (sandbox)',
      isFallbackPublicClient: true,
      requiredResourceAccess: [
        // Organization.Read.All needs admin consent, so plain users end up with User.Read only.
        { resource: microsoftGraph.audience, scopes: ['User.Read', 'Organization.Read.All'] },
      ],
    },
  ];
  return { tenants: [tenant], users, apps };
}
