/**
 * The app's traffic through a real forwarding proxy on loopback: sign-in (MSAL) and probes go
 * through it when HTTPS_PROXY says so, and around it for NO_PROXY hosts. TLS to the target is
 * still verified end to end against the sandbox CA.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startForwardingProxy, type ForwardingProxy } from './testing/forwarding-proxy';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';

let f: CoreFixture | undefined;
let proxy: ForwardingProxy | undefined;
afterEach(async () => {
  await f?.close();
  await proxy?.close();
});

describe('proxy', () => {
  it('sends sign-in, token and probe traffic through HTTPS_PROXY', async () => {
    proxy = await startForwardingProxy();
    f = await startCoreFixture({ env: { HTTPS_PROXY: proxy.url } });
    const status = valueOf(
      await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
    );
    expect(status).toMatchObject({ state: 'connected', probe: { status: 200 } });
    const emulatorHost = new URL(f.emulator.info.url).host;
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([emulatorHost]));
    // Every token request and the probe reached the emulator, and only through the proxy.
    expect(f.emulator.control.requests().some((r) => r.path.endsWith('/token'))).toBe(true);
  });

  it('goes around the proxy for NO_PROXY hosts', async () => {
    proxy = await startForwardingProxy();
    f = await startCoreFixture({ env: { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    const status = valueOf(
      await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
    );
    expect(status.state).toBe('connected');
    expect(proxy.tunnels).toEqual([]);
  });

  it('the in-app setting overrides the environment and is validated', async () => {
    proxy = await startForwardingProxy();
    f = await startCoreFixture({ env: { HTTPS_PROXY: 'http://127.0.0.1:9' } }); // a dead proxy
    expect(await f.invoke('settings.proxy.set', { proxyUrl: 'socks5://x:1' })).toMatchObject({
      ok: false,
      code: 'invalid_proxy_url',
    });
    expect(await f.invoke('settings.proxy.set', { proxyUrl: proxy.url })).toMatchObject({
      ok: true,
      value: { source: 'setting', displayUrl: proxy.url, hasPassword: false },
    });
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    expect(proxy.tunnels.length).toBeGreaterThan(0);
  });
});
