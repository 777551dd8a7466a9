/**
 * A store written before secrets followed the keystore policy is upgraded in place, and nothing
 * a person set up is lost: named connections and their services, a changed app, the saved
 * default app, the keystore opt-in and the proxy (whose password leaves the settings file).
 * The shapes that did not change are written by the core itself; the one that did (the proxy
 * URL with its password, in plain text under `proxy`) is written as the older version wrote it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

const PASSWORD = 'Upgr4de-Pass';
let f: CoreFixture;
let proxy: ForwardingProxy;
afterEach(async () => {
  await f?.close();
  await proxy?.close();
});

const storeFile = () => join(f.storeDir, 'm365-desk.json');

describe('an older store, upgraded in place', () => {
  it('keeps every connection, name, app choice and the proxy; only the password moves', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const app = f.emulator.info.confidentialClient;
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    valueOf(await signInByDeviceCode(f, 'entra', admin.upn));
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
    proxy = await startForwardingProxy({ credentials: { username: 'alice', password: PASSWORD } });
    const proxyUrl = proxy.url.replace('http://', `http://alice:${PASSWORD}@`);
    // The older version's proxy setting: the whole URL, password included, in the file.
    const old = JSON.parse(readFileSync(storeFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(storeFile(), JSON.stringify({ ...old, proxy: { proxyUrl, noProxy: '' } }));

    await f.restart();
    const after = await f.value('accounts.list', {});
    const byKind = [...after].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(byKind.map((c) => [c.name, c.kind, [...c.services].sort()])).toEqual([
      [expect.stringContaining('(app-only)'), 'app-only', ['azureManagement']],
      ['Contoso admin', 'delegated', ['entra', 'graph']],
    ]);
    for (const serviceId of ['graph', 'entra', 'azureManagement'] as const) {
      const status = await f.value('service.refresh', { serviceId });
      expect([serviceId, status.state]).toEqual([serviceId, 'connected']);
    }
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
    expect(readFileSync(storeFile(), 'utf8')).not.toContain(PASSWORD);
  });
});
