/**
 * The in-app sign-in window (sign-in-window.ts) on the Electron stand-in, on its own (without
 * the app-wide guards): a locked-down window in a fresh in-memory session, the navigation
 * policy, the redirect caught before it loads, how it ends, and which certificates it trusts.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chromiumProxyConfig } from '../core/flows/sign-in-window-policy';
import type { SignInWindowRequest } from '../core/ports';
import {
  testCertificateAuthority,
  testServerCertificate,
  type ServerCertificateOptions,
  type TestIssuer,
} from '../core/testing/test-certificate-authority';
import type * as SignInWindow from './sign-in-window';
import type * as ElectronStandIn from './stand-in/electron-stand-in';
import type { Permission } from './stand-in/session-stand-in';

// A fresh Electron per test: sessions and windows are module state of the stand-in.
let electron: typeof ElectronStandIn;
let signIn: typeof SignInWindow;

beforeEach(async () => {
  vi.resetModules();
  electron = await import('./stand-in/electron-stand-in');
  signIn = await import('./sign-in-window');
});

const SANDBOX = 'https://127.0.0.1:5443';
const REDIRECT_URI = 'https://login.microsoftonline.com/common/oauth2/nativeclient';

function signInRequest(overrides: Partial<SignInWindowRequest> = {}) {
  const controller = new AbortController();
  const request: SignInWindowRequest = {
    url: `${SANDBOX}/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=app`,
    redirectUri: REDIRECT_URI,
    authorityOrigin: SANDBOX,
    proxy: { proxyUrl: 'http://proxy.contoso.com:8080', noProxy: '.contoso.com' },
    signal: controller.signal,
    errorOnPage: () => undefined,
    ...overrides,
  };
  return { request, controller };
}

/** Opens a sign-in window; `outcome` is how it ended, for a test to await. */
async function openSignIn(overrides: Partial<SignInWindowRequest> = {}) {
  const { request, controller } = signInRequest(overrides);
  const before = electron.BrowserWindow.created.length;
  const outcome = signIn
    .electronSignInWindow(() => undefined)
    .open(request)
    .then(
      (url) => ({ url }),
      (error: unknown) => ({ error }),
    );
  await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(before + 1));
  const win = electron.BrowserWindow.created.at(-1)!;
  return {
    win,
    contents: win.webContents,
    ses: win.webContents.session,
    request,
    controller,
    outcome,
  };
}

describe('the window', () => {
  it('has its own in-memory session, a new one for each sign-in', async () => {
    const first = await openSignIn();
    const second = await openSignIn();
    for (const { ses } of [first, second]) {
      expect(ses).not.toBe(electron.session.defaultSession);
      expect(ses.partition).not.toMatch(/^persist:/);
      expect(ses.persistent).toBe(false);
      expect(ses.options).toEqual({ cache: false });
    }
    expect(first.ses).not.toBe(second.ses);
  });

  it('has no preload and runs sandboxed, context-isolated, without Node, with web security', async () => {
    const { win } = await openSignIn();
    const preferences = win.options.webPreferences!;
    expect(preferences.preload).toBeUndefined();
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(preferences.nodeIntegrationInSubFrames).not.toBe(true);
    expect(preferences.webviewTag).not.toBe(true);
  });

  it('loads the authorize URL through the app’s proxy', async () => {
    const { win, ses, request } = await openSignIn();
    expect(win.loadedUrls).toEqual([request.url]);
    expect(ses.proxy).toEqual(chromiumProxyConfig(request.proxy));
    expect(ses.proxy?.mode).toBe('fixed_servers');
  });

  it('goes direct when the app has no proxy', async () => {
    const { ses } = await openSignIn({ proxy: {} });
    expect(ses.proxy).toEqual({ mode: 'direct' });
  });

  it.each<Permission>(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'refuses %s in its session, asked or checked',
    async (permission) => {
      const { ses } = await openSignIn();
      expect(ses.requestPermission(permission, `${SANDBOX}/login`)).toBe(false);
      expect(ses.checkPermission(permission, SANDBOX)).toBe(false);
    },
  );

  it('denies new windows', async () => {
    const { contents } = await openSignIn();
    expect(contents.openWindow(`${SANDBOX}/popup`)).toEqual({ action: 'deny' });
  });
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'] as const)(
    '%s: the authority’s pages load',
    async (kind) => {
      const { contents } = await openSignIn();
      expect(contents.navigate(`${SANDBOX}/common/login`, kind)).toBe(true);
      expect(contents.getURL()).toBe(`${SANDBOX}/common/login`);
    },
  );

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5443/common/login',
    'https://127.0.0.1:9999/',
    'app://desk/index.html',
  ])('%s is refused and the window stays open', async (url) => {
    const { win, contents, outcome } = await openSignIn();
    expect(contents.navigate(url)).toBe(false);
    expect(contents.navigate(url, 'will-redirect')).toBe(false);
    expect(win.isDestroyed()).toBe(false);
    expect(await Promise.race([outcome, 'still open'])).toBe('still open');
  });

  it.each(['will-navigate', 'will-redirect'] as const)(
    'the redirect to the native-client URI is caught in %s before it loads',
    async (kind) => {
      const { win, contents, outcome } = await openSignIn();
      const redirect = `${REDIRECT_URI}?code=abc&state=s1`;
      expect(contents.navigate(redirect, kind)).toBe(false);
      expect(await outcome).toEqual({ url: redirect });
      expect(contents.getURL()).not.toBe(redirect);
      expect(win.isDestroyed()).toBe(true);
    },
  );
});

describe('how it ends', () => {
  it('closing the window rejects with the cancelled problem', async () => {
    const { win, outcome } = await openSignIn();
    win.close();
    expect(await outcome).toEqual({ error: expect.objectContaining({ code: 'cancelled' }) });
  });

  it('aborting the signal rejects with its reason and closes the window', async () => {
    const { win, controller, outcome } = await openSignIn();
    const reason = new Error('timed out');
    controller.abort(reason);
    expect(await outcome).toEqual({ error: reason });
    expect(win.isDestroyed()).toBe(true);
  });

  it('aborted while its session is being prepared: no window is left open', async () => {
    const { request, controller } = signInRequest();
    const reason = new Error('cancelled');
    const opened = signIn.electronSignInWindow(() => undefined).open(request);
    controller.abort(reason); // before setProxy has answered
    await expect(opened).rejects.toBe(reason);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
  }, 2_000);

  it('a page that shows an error ends with that error, read in an isolated world', async () => {
    const problem = new Error('AADSTS50011: the redirect URI does not match');
    const errorOnPage = vi.fn((text: string) =>
      text.includes('AADSTS50011') ? problem : undefined,
    );
    const { win, contents, outcome } = await openSignIn({ errorOnPage });
    contents.pageText = 'Sorry, but we’re having trouble signing you in. AADSTS50011: ...';
    contents.navigate(`${SANDBOX}/common/oauth2/v2.0/authorize/error`);
    expect(await outcome).toEqual({ error: problem });
    expect(errorOnPage).toHaveBeenLastCalledWith(contents.pageText);
    expect(win.isDestroyed()).toBe(true);
    // World 0 is the page's own, where its scripts could fake or see what is read.
    const worlds = contents.isolatedWorldScripts.map((script) => script.worldId);
    expect(worlds.length).toBeGreaterThan(0);
    for (const world of worlds) expect(world).toBeGreaterThan(0);
  });

  it('a page without an error leaves the sign-in going', async () => {
    const { contents, outcome } = await openSignIn();
    contents.pageText = 'Sign in to your account';
    contents.navigate(`${SANDBOX}/common/login`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await Promise.race([outcome, 'still open'])).toBe('still open');
  });
});

describe('the certificate check', () => {
  let ca: TestIssuer;
  let otherCa: TestIssuer;
  const day = 86_400_000;

  beforeAll(async () => {
    ca = await testCertificateAuthority('CN=M365 Desk Sandbox CA');
    otherCa = await testCertificateAuthority('CN=Someone else’s CA');
  });

  async function verdict(certificatePem: string, hostname = '127.0.0.1', origin = SANDBOX) {
    const { ses } = await openSignIn({ authorityOrigin: origin, caPem: ca.certificatePem });
    return ses.verifyCertificate(hostname, certificatePem);
  }

  const GARBAGE = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----';
  const cases: Array<[string, number, () => Promise<string>]> = [
    ['a certificate for 127.0.0.1 the CA issued', 0, () => leaf({})],
    ['an expired one', -2, () => leaf({ notBefore: ago(30), notAfter: ago(1) })],
    ['one not valid yet', -2, () => leaf({ notBefore: ago(-1), notAfter: ago(-30) })],
    ['one for another host name', -2, () => leaf({ hosts: ['localhost'] })],
    ['one for another IP', -2, () => leaf({ hosts: ['127.0.0.2'] })],
    ['one another CA issued', -2, () => leaf({ signer: otherCa })],
    [
      'one naming the CA, signed by another key',
      -2,
      () => leaf({ signer: otherCa, claimedIssuer: ca }),
    ],
    ['one the CA signed, naming another issuer', -2, () => leaf({ claimedIssuer: otherCa })],
    ['a self-signed one', -2, () => testServerCertificate({ hosts: ['127.0.0.1'] })],
    ['the CA’s own certificate', -2, async () => ca.certificatePem],
    ['garbage', -2, async () => GARBAGE],
    ['nothing', -2, async () => ''],
  ];

  function ago(days: number): Date {
    return new Date(Date.now() - days * day);
  }

  function leaf(options: Partial<ServerCertificateOptions>): Promise<string> {
    return testServerCertificate({ hosts: ['127.0.0.1'], signer: ca, ...options });
  }

  it.each(cases)('for the sandbox host: %s → %i', async (_name, expected, certificate) => {
    expect(await verdict(await certificate())).toBe(expected);
  });

  // Chromium's rules: alternative names only (never the common name), whole-label wildcards.
  it.each<[string, number, Partial<ServerCertificateOptions>]>([
    ['for the host', 0, { hosts: ['login.sandbox.test'] }],
    ['for a wildcard of its domain', 0, { hosts: ['*.sandbox.test'] }],
    ['for a sibling', -2, { hosts: ['www.sandbox.test'] }],
    ['for a partial wildcard', -2, { hosts: ['l*.sandbox.test'] }],
    ['naming the host only as common name', -2, { hosts: [], commonName: 'login.sandbox.test' }],
    [
      'naming the host as common name, another in its alternative names',
      -2,
      { hosts: ['other.test'], commonName: 'login.sandbox.test' },
    ],
  ])('for a sandbox host by DNS name, a certificate %s → %i', async (_name, expected, options) => {
    const certificate = await leaf(options);
    expect(await verdict(certificate, 'login.sandbox.test', 'https://login.sandbox.test')).toBe(
      expected,
    );
  });

  it('another host gets Chromium’s own verification (-3), whatever the certificate', async () => {
    const certificate = await leaf({ hosts: ['login.microsoftonline.com'] });
    expect(await verdict(certificate, 'login.microsoftonline.com')).toBe(-3);
  });

  it('without a sandbox CA, installs no check at all', async () => {
    const { ses } = await openSignIn();
    expect(ses.certificateVerifyProc).toBeNull();
  });
});
