/**
 * Import from the CLI for Microsoft 365, with the real msal-node against the emulator. The CLI's
 * files here are written by msal-node driven as the CLI drives it (testing/cli-shaped-files.ts),
 * through the sandbox proxy under Microsoft's host names; files written by the real CLI are
 * imported by `npm run test:real-client`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { BasicTextCipher } from '../testing/basic-text-cipher';
import { inspectStoreDir } from '../testing/store-inspector';
import { CLI_CONFIG_FILE } from './cli-config';
import { CLI_FILES } from './cli-files';
import { appOnlyLogin, deviceCodeLogin, writeConnections } from './testing/cli-shaped-files';

let f: CoreFixture;
afterEach(async () => f?.close());

const GRAPH = 'https://graph.microsoft.com';

async function withCliFiles() {
  const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
  f = await startCoreFixture({ cliHome: home, proxy: true });
  const admin = f.emulator.info.users.find((u) => u.roles.includes('Global Administrator'))!;
  const spo = new URL(f.emulator.info.sharepoint.rootUrl).origin;
  const delegated = await deviceCodeLogin(f.emulator, home, admin.upn, [GRAPH, spo]);
  const secret = {
    ...(await appOnlyLogin(f.emulator, home, 'secret', [GRAPH])),
    name: 'app-secret',
  };
  const certificate = await appOnlyLogin(f.emulator, home, 'certificate', [spo]);
  writeConnections(home, [delegated, secret, certificate]);
  return { home, admin };
}

describe('import from the CLI for Microsoft 365', () => {
  it('shows each connection without a token or secret, imports all, each verified and bound', async () => {
    const { home, admin } = await withCliFiles();
    // What `m365 setup` and `m365 cli config set` leave in the CLI's settings.
    mkdirSync(join(home, '.config', 'configstore'), { recursive: true });
    const setupSecret = 'setup-secret-value-that-must-not-cross';
    writeFileSync(
      join(home, CLI_CONFIG_FILE),
      JSON.stringify({
        clientId: 'setup-app',
        tenantId: 'setup-tenant',
        clientSecret: setupSecret,
      }),
    );
    const scan = await f.value('cliImport.scan', {});
    expect(scan.problems).toEqual([]);
    expect(scan.setup).toEqual({
      appId: 'setup-app',
      tenant: 'setup-tenant',
      secretSettings: ['clientSecret'],
    });
    expect(JSON.stringify(scan)).not.toContain(setupSecret);
    expect(scan.keystoreStrong).toBe(true);
    const byAuth = Object.fromEntries(scan.connections.map((c) => [c.authType, c]));
    expect(byAuth.deviceCode).toMatchObject({
      account: admin.upn,
      cloud: 'sandbox',
      credentialInFile: 'none',
      services: expect.arrayContaining(['graph', 'sharepoint', 'entra']),
    });
    expect(byAuth.secret).toMatchObject({
      credentialInFile: 'secret',
      services: ['graph', 'entra'],
    });
    expect(byAuth.certificate).toMatchObject({
      credentialInFile: 'certificate',
      services: ['sharepoint'],
    });
    const secretText = f.emulator.info.confidentialClient.secret;
    const refreshTokens = Object.values(
      JSON.parse(readFileSync(join(home, CLI_FILES.msalCache), 'utf8')).RefreshToken as Record<
        string,
        { secret: string }
      >,
    ).map((t) => t.secret);
    for (const leak of [secretText, ...refreshTokens])
      expect(JSON.stringify(scan)).not.toContain(leak);

    const imported = await f.value('cliImport.run', { names: scan.connections.map((c) => c.name) });
    expect(imported.imported).toHaveLength(3);
    expect(imported.canRemovePlaintext).toBe(true);
    const statuses = await f.value('service.list', {});
    for (const id of ['graph', 'sharepoint', 'entra'] as const) {
      expect(statuses.find((s) => s.serviceId === id)?.status.state).toBe('connected');
    }
    // The secret is in the store only encrypted; the imported account's tokens in its partition.
    const inspected = await inspectStoreDir(f.storeDir, f.cipher);
    expect(inspected.rawFiles).not.toContain(secretText);
    expect(Object.values(inspected.secrets).join('\n')).toContain(secretText);
    expect(Object.keys(inspected.tokenCache?.RefreshToken ?? {})).toHaveLength(1);
  });

  it('removes the plaintext on request: the CLI token files go, the imports stay connected after a restart', async () => {
    const { home } = await withCliFiles();
    const scan = await f.value('cliImport.scan', {});
    await f.value('cliImport.run', { names: scan.connections.map((c) => c.name) });
    const removed = await f.value('cliImport.removePlaintext', {});
    expect(removed.removedFiles.sort()).toEqual(
      [CLI_FILES.allConnections, CLI_FILES.connection, CLI_FILES.msalCache].sort(),
    );
    for (const file of Object.values(CLI_FILES)) expect(existsSync(join(home, file))).toBe(false);
    await f.restart();
    const statuses = await f.value('service.refreshAll', {});
    for (const id of ['graph', 'sharepoint', 'entra'] as const) {
      expect(statuses.find((s) => s.serviceId === id)?.state).toBe('connected');
    }
  });

  it('imports nothing when one connection fails (its secret expired), and removes nothing', async () => {
    const { home } = await withCliFiles();
    // Graph already works through another person's connection: it must still, afterwards.
    const megan = f.emulator.info.users.find((u) => u.upn.startsWith('megan@'))!;
    valueOf(await signInByDeviceCode(f, 'graph', megan.upn));
    const before = await f.value('accounts.list', {});
    const scan = await f.value('cliImport.scan', {});
    f.emulator.control.expireClientSecret();
    const answer = await f.invoke('cliImport.run', { names: scan.connections.map((c) => c.name) });
    expect(answer).toMatchObject({
      ok: false,
      message: expect.stringContaining('Nothing was imported'),
    });
    expect(await f.value('accounts.list', {})).toEqual(before);
    const statuses = await f.value('service.refreshAll', {});
    expect(statuses.filter((s) => s.state === 'connected')).toMatchObject([
      { serviceId: 'graph', account: { username: megan.upn } },
    ]);
    expect(await f.invoke('cliImport.removePlaintext', {})).toMatchObject({
      ok: false,
      code: 'cli_nothing_imported',
    });
    expect(existsSync(join(home, CLI_FILES.msalCache))).toBe(true);
  });

  it('with a weak keystore: says the import is no safer, and does not remove the plaintext', async () => {
    const { home } = await withCliFiles();
    await f.restart(new BasicTextCipher());
    const scan = await f.value('cliImport.scan', {});
    expect(scan.keystoreStrong).toBe(false);
    const imported = await f.value('cliImport.run', { names: scan.connections.map((c) => c.name) });
    expect(imported.canRemovePlaintext).toBe(false);
    expect(await f.invoke('cliImport.removePlaintext', {})).toMatchObject({
      ok: false,
      code: 'cli_removal_not_safer',
    });
    for (const file of [CLI_FILES.msalCache, CLI_FILES.allConnections]) {
      expect(existsSync(join(home, file))).toBe(true);
    }
  });
});
