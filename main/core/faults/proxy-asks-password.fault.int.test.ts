/**
 * The proxy answers 407: it wants a user name and password, and the app sends none (or a wrong
 * one). The person must be told that it is the proxy and how to give it its password (the
 * proxy dialog), not that the sign-in is broken, and lose nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startForwardingProxy, type ForwardingProxy } from '../testing/forwarding-proxy';
import { expectProxyProblem } from '../testing/proxy-fault-world';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';

const PASSWORD = 'Pr0xy-7407';
let world: ConnectedWorld | undefined;
let proxy: ForwardingProxy | undefined;
afterEach(async () => {
  await world?.close();
  await proxy?.close();
  world = proxy = undefined;
});

/** Graph connected, then a proxy that wants alice's password, set without it (or a wrong one). */
async function behindPasswordProxy(accessTokenSeconds: number, password?: string) {
  world = await connectedWorld(accessTokenSeconds);
  proxy = await startForwardingProxy({ credentials: { username: 'alice', password: PASSWORD } });
  const userInfo = password ? `alice:${password}@` : '';
  await world.f.value('settings.proxy.set', {
    proxyUrl: proxy.url.replace('http://', `http://${userInfo}`),
  });
  return { w: world, p: proxy, before: await world.stored() };
}

/** The password given in the proxy dialog: Graph answers again, through the proxy. */
async function expectWorksWithPassword(w: ConnectedWorld, p: ForwardingProxy) {
  await w.f.value('settings.proxy.set', {
    proxyUrl: p.url.replace('http://', `http://alice:${PASSWORD}@`),
  });
  const tunnels = p.tunnels.length;
  expect(await w.refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
  expect(p.tunnels.length).toBeGreaterThan(tunnels);
}

describe('fault: the proxy answers 407 (it wants a password)', () => {
  it('a token renewal: said as the proxy wanting its password; the sign-in is kept; works once it is given', async () => {
    const { w, p, before } = await behindPasswordProxy(120);
    const status = await w.refreshGraph();
    expect(status.state).toBe('error');
    expectProxyProblem(status.problem, 'proxy_auth_required');
    expect(status.problem?.message).toContain('password');
    expect(status).not.toHaveProperty('tokenDetails'); // no "token" was made of the proxy's answer
    expect(p.refused.length).toBeGreaterThan(0);
    expect(await w.stored()).toEqual(before);
    await expectWorksWithPassword(w, p);
  });

  it('a probe with a cached token: said as the proxy, not "the service did not answer"', async () => {
    const { w, p, before } = await behindPasswordProxy(3600);
    const status = await w.refreshGraph();
    expect(status.state).toBe('error');
    expectProxyProblem(status.problem, 'proxy_auth_required');
    expect(await w.stored()).toEqual(before);
    await expectWorksWithPassword(w, p);
  });

  it('a wrong password: said as the proxy refusing the password it was given', async () => {
    const { w, p, before } = await behindPasswordProxy(120, 'not-the-password');
    const status = await w.refreshGraph();
    expectProxyProblem(status.problem, 'proxy_auth_required');
    expect(status.problem?.message).toMatch(/refused the password/);
    expect(JSON.stringify(status)).not.toContain('not-the-password');
    expect(await w.stored()).toEqual(before);
    await expectWorksWithPassword(w, p);
  });

  it('a new device code sign-in: ends at once, said as the proxy, no code shown', async () => {
    const { w, before } = await behindPasswordProxy(3600);
    const result = await w.startDeviceCode();
    expectProxyProblem(result.ok ? undefined : result, 'proxy_auth_required');
    expect(w.f.events.some((e) => e.name === 'signIn.deviceCode')).toBe(false);
    expect(await w.stored()).toEqual(before);
  });

  it('a new sign-in in the window: the redemption through the proxy is refused; said as the proxy; nothing saved', async () => {
    const { w, p, before } = await behindPasswordProxy(3600);
    const result = await w.signIn();
    expect(w.window.opened).toHaveLength(1);
    expectProxyProblem(result.ok ? undefined : result, 'proxy_auth_required');
    expect(await w.stored()).toEqual(before);
    await expectWorksWithPassword(w, p);
  });
});
