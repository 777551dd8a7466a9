/**
 * A store written by an older version is upgraded in place, and nothing a person set up is
 * lost: named connections and their services, a changed app, the saved default app, the
 * keystore opt-in and the proxy (whose password leaves the settings file). The older layouts:
 * the vault's sealed secrets (token caches, the app-only credential, kept-aside entries) in one
 * object, inside the settings file or in the secrets file of the previous version, where they
 * now have a folder, one file each; and the proxy URL with its password in plain text. The
 * shapes that did not change are written by the core itself.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { startForwardingProxy, type ForwardingProxy } from '../testing/forwarding-proxy';
import { secretsFolderIn } from '../testing/conf-store';

const PASSWORD = 'Upgr4de-Pass';
let f: CoreFixture;
let proxy: ForwardingProxy;
afterEach(async () => {
  await f?.close();
  await proxy?.close();
});

const storeFile = () => join(f.storeDir, 'm365-desk.json');
const secretsFile = () => join(f.storeDir, 'm365-desk-secrets.json');
const secretsFolder = () => join(f.storeDir, 'm365-desk-secrets');
type Sealed = { backend: string; data: string; savedAt: string };
type VaultKeys = { secrets: Record<string, Sealed>; 'secrets-unreadable': Record<string, Sealed> };
const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Partial<VaultKeys> & Record<string, unknown>;
const refreshGrants = () =>
  f.emulator.control.requests().filter((r) => r.grantType?.includes('refresh_token')).length;

/** Every sealed record of the secrets folder, by name, as an older version kept them. */
function sealedRecords(): Record<string, Sealed> {
  const records: Record<string, Sealed> = {};
  for (const file of readdirSync(secretsFolder(), { withFileTypes: true, recursive: true })) {
    if (!file.isFile()) continue;
    const { name, ...sealed } = readJson(join(file.parentPath, file.name)) as Sealed & {
      name: string;
    };
    records[name] = sealed;
  }
  return records;
}

type Layout = 'settings file' | 'secrets file';

/** Rewrites the store as an older version kept it: the vault's keys in one file, no folder. */
function rewriteAsOlderVersion(layout: Layout, proxyUrl: string): VaultKeys {
  const secrets = sealedRecords();
  const vaultKeys: VaultKeys = {
    secrets,
    // What the vault keeps aside when a keystore cannot read an entry.
    'secrets-unreadable': {
      'msal-cache:public:x@2025-01-01T00:00:00.000Z': Object.values(secrets)[0]!,
    },
  };
  const current = readJson(storeFile());
  // Older versions kept no name flag, no tenant name and no app names.
  const accounts = (current.accounts as Record<string, unknown>[]).map(
    ({ renamed: _renamed, tenantName: _tenantName, ...earlier }) => earlier,
  );
  delete current.appNames;
  const settings = { ...current, accounts, proxy: { proxyUrl, noProxy: '' } };
  const older = layout === 'settings file' ? { ...settings, ...vaultKeys } : settings;
  writeFileSync(storeFile(), JSON.stringify(older, undefined, '\t'));
  if (layout === 'secrets file') {
    writeFileSync(secretsFile(), JSON.stringify(vaultKeys, undefined, '\t'));
  }
  rmSync(secretsFolder(), { recursive: true });
  return vaultKeys;
}

describe('an older store, upgraded in place', () => {
  it.each<Layout>(['settings file', 'secrets file'])(
    '(the secrets in the %s) keeps every connection, name, app choice, token and the proxy; the secrets move to a file each',
    async (layout) => {
      f = await startCoreFixture();
      const admin = userWithRole(f, 'Global Administrator');
      const app = f.emulator.info.confidentialClient;
      f.emulator.control.setAccessTokenLifetime(120); // inside MSAL's renewal window after the upgrade
      valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
      valueOf(await signInByDeviceCode(f, 'entra', admin.upn));
      f.emulator.control.setAccessTokenLifetime(3600);
      await f.value('signIn.appOnly', {
        serviceId: 'azureManagement',
        cloud: 'sandbox',
        tenant: f.emulator.info.tenantId,
        clientId: app.clientId,
        credential: { kind: 'secret', secret: app.secret },
      });
      const [delegated] = await f.value('accounts.list', {});
      await f.value('accounts.rename', { connectionId: delegated!.id, name: 'Contoso admin' });
      await f.value('settings.appDefaults.set', {
        cloud: 'sandbox',
        clientId: f.emulator.info.publicClientId,
        tenant: f.emulator.info.tenantDomain,
      });
      await f.core.close();
      proxy = await startForwardingProxy({
        credentials: { username: 'alice', password: PASSWORD },
      });
      const proxyUrl = proxy.url.replace('http://', `http://alice:${PASSWORD}@`);
      const older = rewriteAsOlderVersion(layout, proxyUrl);
      expect(Object.keys(older.secrets)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^msal-cache:/),
          expect.stringMatching(/^app-credential:/),
        ]),
      );

      await f.restart();
      const after = await f.value('accounts.list', {});
      const byKind = [...after].sort((a, b) => a.kind.localeCompare(b.kind));
      expect(byKind.map((c) => [c.name, c.kind, [...c.services].sort()])).toEqual([
        [expect.stringContaining('(app-only)'), 'app-only', ['azureManagement']],
        ['Contoso admin', 'delegated', ['entra', 'graph']],
      ]);
      // The moved refresh token is redeemed: a silent token from the emulator, no new sign-in.
      const grantsBefore = refreshGrants();
      for (const serviceId of ['graph', 'entra', 'azureManagement'] as const) {
        const status = await f.value('service.refresh', { serviceId });
        expect([serviceId, status.state]).toEqual([serviceId, 'connected']);
      }
      expect(refreshGrants()).toBeGreaterThan(grantsBefore);
      // Checked, the app-only connection is named by its app again; the person's name stays.
      expect((await f.value('accounts.list', {})).map((c) => c.name).sort()).toEqual([
        'Contoso admin',
        'M365 Desk app-only (sandbox)',
      ]);
      expect(await f.value('signIn.defaults', { cloud: 'sandbox' })).toMatchObject({
        clientId: f.emulator.info.publicClientId,
        clientIdSource: { kind: 'setting' },
        tenant: f.emulator.info.tenantDomain,
      });
      expect(proxy.tunnels.length).toBeGreaterThan(0); // the probes went through it, with the password
      expect(proxy.refused).toEqual([]);
      expect(await f.value('settings.proxy.get', {})).toMatchObject({
        source: 'setting',
        displayUrl: proxyUrl.replace(PASSWORD, '•••'),
        hasPassword: true,
        passwordKept: 'encrypted',
      });

      const settings = readFileSync(storeFile(), 'utf8');
      expect(settings).not.toContain(PASSWORD);
      expect(Object.keys(JSON.parse(settings))).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^secrets/)]),
      );
      for (const { data } of Object.values(older.secrets)) {
        expect(settings).not.toContain(data);
      }
      expect(existsSync(secretsFile())).toBe(false);
      const names = secretsFolderIn(f.storeDir).names();
      expect(names).toEqual(expect.arrayContaining(Object.keys(older.secrets)));
      const aside = readdirSync(join(secretsFolder(), 'unreadable.aside'));
      expect(aside).toHaveLength(1);
      const [[asideKey, asideRecord]] = Object.entries(older['secrets-unreadable']) as [
        [string, Sealed],
      ];
      expect(readJson(join(secretsFolder(), 'unreadable.aside', aside[0]!))).toEqual({
        ...asideRecord,
        name: asideKey,
      });
    },
  );
});
