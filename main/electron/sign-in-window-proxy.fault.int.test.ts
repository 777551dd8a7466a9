/**
 * The proxy asks the in-app sign-in window for its password (407), as Chromium reports it: a
 * `login` event with `isProxy`. The real core and the shell's sign-in window on the Electron
 * stand-in: the test plays Chromium (the challenge, the authority's pages, the redirect), the
 * core redeems the code through a real forwarding proxy that wants the same password.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result, ServiceStatus } from '../../preload/contract';
import { answerAuthorizePages } from '../core/testing/authorize-page-driver';
import { startCoreFixture, userWithRole, type CoreFixture } from '../core/testing/core-fixture';
import { startForwardingProxy, type ForwardingProxy } from '../core/testing/forwarding-proxy';
import { expectProxyProblem } from '../core/testing/proxy-fault-world';
import { keptInStore } from '../core/testing/kept-in-store';
import { electronSignInWindow } from './sign-in-window';
import { BrowserWindow } from './stand-in/electron-stand-in';

const PASSWORD = 'Pr0xy-W1ndow';
let f: CoreFixture | undefined;
let proxy: ForwardingProxy | undefined;
afterEach(async () => {
  await f?.close();
  await proxy?.close();
  f = proxy = undefined;
});

/** A core with the shell's sign-in window, its proxy setting the password proxy's URL. */
async function behindPasswordProxy(password?: string) {
  proxy = await startForwardingProxy({ credentials: { username: 'alice', password: PASSWORD } });
  f = await startCoreFixture({ signInWindow: electronSignInWindow(() => undefined) });
  const userInfo = password ? `alice:${password}@` : '';
  await f.value('settings.proxy.set', {
    proxyUrl: proxy.url.replace('http://', `http://${userInfo}`),
  });
  const stored = () => keptInStore(f!);
  return { f, proxy, stored, before: await stored() };
}

/** Signs Graph in in the window; answers the window once it is open. */
async function openWindow(core: CoreFixture) {
  const before = BrowserWindow.created.length;
  const result = core.invoke('signIn.interactive', {
    serviceId: 'graph',
    cloud: 'sandbox',
    method: 'in-app-window',
  }) as Promise<Result<ServiceStatus>>;
  await vi.waitFor(() => expect(BrowserWindow.created.length).toBe(before + 1));
  const win = BrowserWindow.created.at(-1)!;
  return { win, contents: win.webContents, result, authorizeUrl: win.loadedUrls[0]! };
}

const challenge = (p: ForwardingProxy, host = '127.0.0.1') => ({
  isProxy: true,
  scheme: 'basic',
  host,
  port: Number(new URL(p.url).port),
  realm: 'test proxy',
});

describe('fault: the proxy asks the sign-in window for its password (407)', () => {
  it('with the password in the setting: given to that proxy once, and the sign-in completes', async () => {
    const { f, proxy, before } = await behindPasswordProxy(PASSWORD);
    const { contents, result, authorizeUrl } = await openWindow(f);
    expect(contents.login(authorizeUrl, challenge(proxy))).toEqual({
      answered: true,
      username: 'alice',
      password: PASSWORD,
    });
    const admin = userWithRole(f, 'Global Administrator');
    const pages = await answerAuthorizePages(
      authorizeUrl,
      readFileSync(f.emulator.info.caFile, 'utf8'),
      admin,
    );
    if (pages.kind !== 'redirect') throw new Error('expected the redirect');
    contents.navigate(pages.location, 'will-redirect');
    expect(await result).toMatchObject({ ok: true, value: { state: 'connected' } });
    expect(before.accounts).toEqual([]);
    expect(proxy.tunnels).toContain(new URL(f.emulator.info.url).host); // MSAL's redemption
  });

  it('without a password: the window closes, said as the proxy wanting one, nothing saved', async () => {
    const { f, proxy, stored, before } = await behindPasswordProxy();
    const { win, contents, result, authorizeUrl } = await openWindow(f);
    expect(contents.login(authorizeUrl, challenge(proxy))).toEqual({ answered: true });
    const outcome = await result;
    expectProxyProblem(outcome.ok ? undefined : outcome, 'proxy_auth_required');
    expect(outcome.ok ? '' : outcome.message).toContain('has none for it');
    expect(win.isDestroyed()).toBe(true);
    expect(await stored()).toEqual(before);
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'disconnected',
    });
  });

  it('the proxy refuses the password and asks again: ends, said as the password refused', async () => {
    const { f, proxy, stored, before } = await behindPasswordProxy('not-it');
    const { contents, result, authorizeUrl } = await openWindow(f);
    expect(contents.login(authorizeUrl, challenge(proxy))).toMatchObject({ password: 'not-it' });
    expect(contents.login(authorizeUrl, challenge(proxy), false)).toEqual({ answered: true });
    const outcome = await result;
    expectProxyProblem(outcome.ok ? undefined : outcome, 'proxy_auth_required');
    expect(outcome.ok ? '' : outcome.message).toMatch(/refused the password/);
    expect(JSON.stringify(outcome)).not.toContain('not-it');
    expect(await stored()).toEqual(before);
  });

  it('the password goes to no one else: not to another proxy, not to a server asking', async () => {
    const { f, proxy } = await behindPasswordProxy(PASSWORD);
    const { contents, result, authorizeUrl } = await openWindow(f);
    // A server's own 401 is left to Electron, which cancels it; the sign-in goes on.
    expect(contents.login(authorizeUrl, { ...challenge(proxy), isProxy: false })).toEqual({
      answered: false,
    });
    expect(await Promise.race([result, 'still open'])).toBe('still open');
    expect(contents.login(authorizeUrl, challenge(proxy, '10.0.0.9'))).toEqual({ answered: true });
    const outcome = await result;
    expectProxyProblem(outcome.ok ? undefined : outcome, 'proxy_auth_required');
    expect(JSON.stringify(outcome)).not.toContain(PASSWORD);
  });
});
