/**
 * TEST ONLY. A core with Microsoft Graph connected (by device code), a scripted sign-in window
 * and a browser that only records what it was asked to open: where the fault scenarios start.
 * `stored()` is what the store holds that a fault must not take away (kept-in-store.ts).
 */
import { readFileSync } from 'node:fs';
import type { ServiceStatus } from '../../../preload/contract';
import { answerAuthorizePages } from './authorize-page-driver';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './core-fixture';
import { ScriptedWindow } from './scripted-window';
import { keptInStore, type KeptInStore } from './kept-in-store';

export interface ConnectedWorld {
  f: CoreFixture;
  window: ScriptedWindow;
  /** Every URL the core had the system browser open. */
  browserOpened: string[];
  /** Whether the person signs in in the browser it opens (otherwise it only records the URL). */
  browserSignsIn: boolean;
  /** What must survive the fault (the proxy's own password aside). */
  stored(): Promise<KeptInStore>;
  /** Graph's panel after a Refresh, as the renderer gets it. */
  refreshGraph(): Promise<ServiceStatus>;
  /** A new sign-in of SharePoint by device code (its `/devicecode` request is the first). */
  startDeviceCode(): ReturnType<CoreFixture['invoke']>;
  /** A new sign-in of SharePoint in the in-app window or the system browser. */
  signIn(method?: 'in-app-window' | 'system-browser'): ReturnType<CoreFixture['invoke']>;
  close(): Promise<void>;
}

/**
 * Graph connected; `accessTokenSeconds` under 300 makes every later Refresh renew the token
 * (MSAL renews what expires within five minutes), over it the token is served from the cache.
 */
export async function connectedWorld(
  accessTokenSeconds = 3600,
  options: Pick<Parameters<typeof startCoreFixture>[0] & object, 'loopbackPort'> = {},
): Promise<ConnectedWorld> {
  const window = new ScriptedWindow();
  const browserOpened: string[] = [];
  const browser = {
    open: async (url: string) => {
      browserOpened.push(url);
      if (world.browserSignsIn) await signInInBrowser(url, window.caPem, window.person!);
    },
  };
  const f = await startCoreFixture({ signInWindow: window, browser, ...options });
  window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
  const admin = userWithRole(f, 'Global Administrator');
  window.person = admin;
  f.emulator.control.setAccessTokenLifetime(accessTokenSeconds);
  const status = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
  if (status.state !== 'connected') throw new Error(`Graph did not connect: ${status.state}`);
  const world: ConnectedWorld = {
    f,
    window,
    browserOpened,
    browserSignsIn: false,
    stored: () => keptInStore(f, { leaveOut: ['proxy-password'] }),
    refreshGraph: () => f.value('service.refresh', { serviceId: 'graph' }),
    startDeviceCode: () =>
      f.invoke('signIn.deviceCode', { serviceId: 'sharepoint', cloud: 'sandbox' }),
    signIn: (method = 'in-app-window') =>
      f.invoke('signIn.interactive', { serviceId: 'sharepoint', cloud: 'sandbox', method }),
    close: () => f.close(),
  };
  return world;
}

/** The person's browser: the authority's pages answered, their form_post sent to the loopback. */
async function signInInBrowser(
  url: string,
  caPem: string,
  person: { upn: string; password: string },
) {
  const answer = await answerAuthorizePages(url, caPem, person);
  if (answer.kind !== 'form_post') throw new Error(`expected form_post, got ${answer.kind}`);
  await fetch(answer.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(answer.fields),
  });
}
