import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appRolesHeld } from './app-role-assignments.js';
import { requiredScopesFor } from './app-registrations.js';
import { findConfidentialApp } from './confidential-app.js';
import { firstPartyClientIds } from './first-party-clients.js';
import { managementApis, microsoftGraph, sharePointOnline } from './resource-apis.js';
import { loadOrSeedDirectory } from './sandbox-directory.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-directory-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sandbox directory', () => {
  it('seeds the first-party public clients with service principals, as in real tenants', () => {
    const { directory } = loadOrSeedDirectory(dataDir());
    const cli = directory.apps.find((a) => a.appId === firstPartyClientIds.azureCli);
    expect(cli).toMatchObject({
      displayName: 'Microsoft Azure CLI',
      isFallbackPublicClient: true,
      firstParty: { preAuthorized: true },
      servicePrincipalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(requiredScopesFor(cli!, microsoftGraph)).toEqual(
      expect.arrayContaining([
        'Application.ReadWrite.All',
        'DelegatedPermissionGrant.ReadWrite.All',
        'AppRoleAssignment.ReadWrite.All',
      ]),
    );
    const graphTools = directory.apps.find(
      (a) => a.appId === firstPartyClientIds.graphCommandLineTools,
    );
    expect(graphTools?.firstParty).toEqual({ preAuthorized: false });
    expect(directory.apps[0]?.displayName).toBe('M365 Desk (sandbox)');
  });

  it('upgrades a pre-Graph directory in place: ids, secret and app roles kept', () => {
    const dir = dataDir();
    const tenantId = '0b8b6b1a-1111-4222-8333-944444444444';
    const common = { tenantId, isFallbackPublicClient: false };
    writeFileSync(
      join(dir, 'directory.json'),
      JSON.stringify({
        tenants: [{ id: tenantId, domain: 'contoso-sandbox.onmicrosoft.com', displayName: 'C' }],
        users: [],
        apps: [
          {
            ...common,
            appId: 'app-1',
            displayName: 'M365 Desk (sandbox)',
            isFallbackPublicClient: true,
            requiredResourceAccess: [{ resource: 'https://graph.microsoft.com', scopes: ['x'] }],
          },
          {
            ...common,
            appId: 'daemon-1',
            displayName: 'M365 Desk app-only (sandbox)',
            requiredResourceAccess: [],
            servicePrincipalId: 'sp-1',
            appRoleGrants: [
              { resource: 'https://manage.office.com', roles: ['ActivityFeed.Read'] },
            ],
            clientSecret: { value: 'abc8Q~secret', endDateTime: '2099-01-01T00:00:00Z' },
          },
        ],
      }),
    );
    const { directory } = loadOrSeedDirectory(dir);
    const daemon = findConfidentialApp(directory.apps)!;
    expect(daemon).toMatchObject({ appId: 'daemon-1', servicePrincipalId: 'sp-1' });
    expect(daemon.passwordCredentials[0]).toMatchObject({ value: 'abc8Q~secret', hint: 'abc' });
    expect(appRolesHeld(directory.appRoleAssignments, daemon, managementApis)).toEqual([
      'ActivityFeed.Read',
    ]);
    expect(appRolesHeld(directory.appRoleAssignments, daemon, sharePointOnline)).toEqual([
      'Sites.FullControl.All',
    ]);
    const sandbox = directory.apps[0]!;
    expect(requiredScopesFor(sandbox, microsoftGraph)).toEqual([
      'User.Read',
      'Directory.Read.All',
      'Organization.Read.All',
      'Sites.Read.All',
    ]);
    expect(sandbox.servicePrincipalId).toBeTruthy();
    const written = JSON.parse(readFileSync(join(dir, 'directory.json'), 'utf8'));
    expect(written.seedVersion).toBe(2);
    expect(written.apps[1].clientSecret).toBeUndefined();
  });

  it('keeps later changes to the seeded apps across restarts', () => {
    const dir = dataDir();
    const first = loadOrSeedDirectory(dir);
    const app = first.directory.apps[0]!;
    app.requiredResourceAccess = [];
    app.redirectUris = ['http://localhost'];
    first.save();
    const again = loadOrSeedDirectory(dir).directory.apps[0]!;
    expect(again.requiredResourceAccess).toEqual([]);
    expect(again.redirectUris).toEqual(['http://localhost']);
  });
});
