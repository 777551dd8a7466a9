/**
 * TEST ONLY. A core with Microsoft Graph connected (by device code, no proxy), then a proxy
 * setting that misbehaves: what the fault scenarios of the proxy share. `stored()` is what the
 * store holds that a fault must not take away: the connections, which service uses which, and
 * every secret (the tokens), decrypted.
 */
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Problem, ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './core-fixture';
import { ScriptedWindow } from './scripted-window';
import { inspectStoreDir } from './store-inspector';

export interface ProxyFaultWorld {
  f: CoreFixture;
  window: ScriptedWindow;
  /** What must survive the fault. */
  stored(): Promise<unknown>;
  /** Graph's panel after a Refresh, as the renderer gets it. */
  refreshGraph(): Promise<ServiceStatus>;
  /** A new sign-in of SharePoint by device code (its `/devicecode` request is the first). */
  startDeviceCode(): ReturnType<CoreFixture['invoke']>;
  /** A new sign-in of SharePoint in the in-app window, answered by the admin. */
  signInInWindow(): ReturnType<CoreFixture['invoke']>;
  close(): Promise<void>;
}

/**
 * Graph connected; `accessTokenSeconds` under 300 makes every later Refresh renew the token
 * (MSAL renews what expires within five minutes), over it the token is served from the cache.
 */
export async function proxyFaultWorld(accessTokenSeconds: number): Promise<ProxyFaultWorld> {
  const window = new ScriptedWindow();
  const f = await startCoreFixture({ signInWindow: window });
  window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
  const admin = userWithRole(f, 'Global Administrator');
  window.person = admin;
  f.emulator.control.setAccessTokenLifetime(accessTokenSeconds);
  const status = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
  if (status.state !== 'connected') throw new Error(`Graph did not connect: ${status.state}`);
  return {
    f,
    window,
    async stored() {
      const { accounts, bindings, secrets } = await inspectStoreDir(f.storeDir, f.cipher);
      const { 'proxy-password': _proxyPassword, ...kept } = secrets;
      return { accounts, bindings, secrets: kept };
    },
    refreshGraph: () => f.value('service.refresh', { serviceId: 'graph' }),
    startDeviceCode: () =>
      f.invoke('signIn.deviceCode', { serviceId: 'sharepoint', cloud: 'sandbox' }),
    signInInWindow: () =>
      f.invoke('signIn.interactive', {
        serviceId: 'sharepoint',
        cloud: 'sandbox',
        method: 'in-app-window',
      }),
    close: () => f.close(),
  };
}

/** A loopback address where nothing listens (it did a moment ago, so nothing else will soon). */
export async function deadProxyUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/**
 * The person is told it is the proxy and where to set it (Status bar → Proxy), and not to sign
 * in again: the sign-in is fine.
 */
export function expectProxyProblem(
  problem: Problem | undefined,
  code: 'proxy_unreachable' | 'proxy_auth_required',
): void {
  expect(problem).toMatchObject({ code, message: expect.stringMatching(/proxy/i) });
  expect(problem?.hint).toContain('Status bar → Proxy');
  expect(problem?.remedy).toBeUndefined();
  expect(`${problem?.message} ${problem?.hint}`).not.toMatch(/sign in again/i);
}
