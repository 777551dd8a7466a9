import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { RunningEmulator } from './index.js';
import { jsonOf } from './testing/https-client.js';
import { EmulatorClient } from './testing/emulator-client.js';

const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

describe('restart on the same data dir', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'emulator-restart-'));
  let running: RunningEmulator | undefined;

  afterAll(async () => {
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps tenant, app, CA and signing key, and honours earlier refresh tokens', async () => {
    running = await startEmulator({ port: 0, dataDir });
    const first = running.info;
    const firstCa = readFileSync(first.caFile, 'utf8');
    const upn = first.users[0]!.upn;
    const tokens = await new EmulatorClient(first).signIn(upn, SCOPE);
    const firstKeys = jsonOf(
      await new EmulatorClient(first).get(`/${first.tenantId}/discovery/v2.0/keys`),
    );
    await running.close();

    expect(statSync(join(dataDir, 'ca-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'grants.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'grants.json'), 'utf8')).not.toContain(tokens.refresh_token);
    // A missing server certificate is re-issued by the same CA.
    unlinkSync(join(dataDir, 'server-cert.pem'));

    running = await startEmulator({ port: 0, dataDir });
    const second = running.info;
    expect(second.url).not.toBe('');
    expect(second.tenantId).toBe(first.tenantId);
    expect(second.publicClientId).toBe(first.publicClientId);
    expect(second.caFile).toBe(first.caFile);
    expect(readFileSync(second.caFile, 'utf8')).toBe(firstCa);

    // The client trusts only the CA read before the restart, so this also proves the new
    // server certificate chains to the old CA.
    const client = new EmulatorClient(second);
    expect(jsonOf(await client.get(`/${second.tenantId}/discovery/v2.0/keys`))).toEqual(firstKeys);
    const refreshed = await client.refresh(tokens.refresh_token, SCOPE);
    expect(refreshed.status).toBe(200);
    expect(jsonOf<{ access_token: string }>(refreshed).access_token).toBeTruthy();
  });

  it('upgrades a data dir from before all six services, keeping its ids', async () => {
    const oldDir = mkdtempSync(join(tmpdir(), 'emulator-upgrade-'));
    try {
      const tenantId = '0b8b6b1a-1111-4222-8333-944444444444';
      const appId = '6f1c3a52-5555-4666-8777-988888888888';
      const admin = {
        id: 'a1',
        tenantId,
        userPrincipalName: 'admin@contoso-sandbox.onmicrosoft.com',
      };
      writeFileSync(
        join(oldDir, 'directory.json'),
        JSON.stringify({
          tenants: [
            {
              id: tenantId,
              domain: 'contoso-sandbox.onmicrosoft.com',
              displayName: 'Contoso (sandbox)',
            },
          ],
          users: [
            {
              ...admin,
              displayName: 'Adele Vance',
              givenName: 'Adele',
              surname: 'Vance',
              jobTitle: null,
              password: 'old',
              roles: ['Global Administrator'],
            },
          ],
          apps: [
            {
              appId,
              tenantId,
              displayName: 'M365 Desk (sandbox)',
              isFallbackPublicClient: true,
              requiredResourceAccess: [
                { resource: 'https://graph.microsoft.com', scopes: ['User.Read'] },
              ],
            },
          ],
        }),
      );
      const upgraded = await startEmulator({ port: 0, dataDir: oldDir });
      try {
        expect(upgraded.info).toMatchObject({ tenantId, publicClientId: appId });
        expect(upgraded.info.users.map((u) => u.upn.split('@')[0])).toEqual([
          'admin',
          'megan',
          'lee',
          'alex',
        ]);
        const client = new EmulatorClient(upgraded.info);
        const tokens = await client.signIn(admin.userPrincipalName, 'openid offline_access');
        const yammer = await client.refresh(
          tokens.refresh_token,
          'https://api.yammer.com/.default',
        );
        expect(yammer.status).toBe(200);
      } finally {
        await upgraded.close();
      }
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  });
});
