/**
 * The proxy is down: nothing listens at the address the proxy setting names. Every request of
 * the app goes there first, so every request fails the same way; the person must be told that
 * it is the proxy (and where to set it), not that the sign-in is broken, and lose nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { deadProxyUrl, expectProxyProblem } from '../testing/proxy-fault-world';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';
import { inspectStoreDir } from '../testing/store-inspector';

let world: ConnectedWorld | undefined;
let bare: CoreFixture | undefined;
afterEach(async () => {
  await world?.close();
  await bare?.close();
  world = bare = undefined;
});

/** Graph connected, then the proxy setting pointed at a dead address. */
async function behindDeadProxy(accessTokenSeconds: number) {
  world = await connectedWorld(accessTokenSeconds);
  await world.f.value('settings.proxy.set', { proxyUrl: await deadProxyUrl() });
  return { w: world, before: await world.stored() };
}

/** The proxy setting cleared (this network has none): Graph answers again, signed in as before. */
async function expectWorksWithoutProxy(w: ConnectedWorld) {
  await w.f.value('settings.proxy.set', { proxyUrl: '' });
  expect(await w.refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
}

describe('fault: the proxy refuses connections (nothing listens at its address)', () => {
  it('a token renewal: Graph says the proxy could not be reached, keeps its sign-in, works once the proxy is fixed', async () => {
    const { w, before } = await behindDeadProxy(120); // every Refresh renews
    const status = await w.refreshGraph();
    expect(status.state).toBe('error');
    expectProxyProblem(status.problem, 'proxy_unreachable');
    expect(status.problem?.message).toContain(new URL(await deadProxyUrl()).hostname);
    expect(await w.stored()).toEqual(before);
    expect((await w.f.value('accounts.list', {}))[0]).not.toHaveProperty('signInRequired');
    await expectWorksWithoutProxy(w);
  });

  it('a probe with a cached token: said as the proxy, not as the service being down', async () => {
    const { w, before } = await behindDeadProxy(3600); // the token is not due: only the probe is sent
    const status = await w.refreshGraph();
    expect(status.state).toBe('error');
    expectProxyProblem(status.problem, 'proxy_unreachable');
    expect(await w.stored()).toEqual(before);
    await expectWorksWithoutProxy(w);
  });

  it('a new device code sign-in: ends at once, said as the proxy, no code shown', async () => {
    const { w, before } = await behindDeadProxy(3600);
    const result = await w.startDeviceCode();
    expect(result.ok).toBe(false);
    expectProxyProblem(result.ok ? undefined : result, 'proxy_unreachable');
    expect(w.f.events.some((e) => e.name === 'signIn.deviceCode')).toBe(false);
    expect(await w.f.value('service.refresh', { serviceId: 'sharepoint' })).toMatchObject({
      state: 'disconnected',
    });
    expect(await w.stored()).toEqual(before);
  });

  it('a new sign-in in the window: the code cannot be redeemed; said as the proxy; nothing saved', async () => {
    const { w, before } = await behindDeadProxy(3600);
    const result = await w.signIn();
    expect(w.window.opened).toHaveLength(1); // the person did sign in; MSAL's redemption failed
    expectProxyProblem(result.ok ? undefined : result, 'proxy_unreachable');
    expect(await w.stored()).toEqual(before);
    await expectWorksWithoutProxy(w);
  });

  it('from HTTPS_PROXY: the hint names the variable, and the setting that wins over it', async () => {
    bare = await startCoreFixture({ env: { HTTPS_PROXY: await deadProxyUrl() } });
    const result = await bare.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    expectProxyProblem(result.ok ? undefined : result, 'proxy_unreachable');
    expect(result.ok ? '' : result.hint).toContain('HTTPS_PROXY');
    expect((await inspectStoreDir(bare.storeDir, bare.cipher)).accounts).toEqual([]);
  });
});
