/**
 * The app-wide guards (window-security.ts) on the Electron stand-in: a page of the app may go
 * nowhere but `app://desk`, in any frame; no new windows, no webviews, no web permissions, in
 * the main window's session and in a sign-in window's, where the window's own navigation guard
 * takes over from the app's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ElectronStandIn from './stand-in/electron-stand-in';
import type { Permission } from './stand-in/session-stand-in';
import type * as WindowSecurity from './window-security';

// A fresh Electron per test: the guards register on `app`, and `signInSessions` is module state.
let electron: typeof ElectronStandIn;
let guards: typeof WindowSecurity;

beforeEach(async () => {
  vi.resetModules();
  electron = await import('./stand-in/electron-stand-in');
  guards = await import('./window-security');
  guards.applyAppWideGuards();
});

/** A window like the app's main one, on the default session, showing the app. */
function mainWindowContents() {
  const win = new electron.BrowserWindow({
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  void win.loadURL('app://desk/index.html');
  return win.webContents;
}

const OFF_APP = [
  'https://evil.example/',
  'http://desk/',
  'app://evil/',
  'app://desk.evil/',
  'app://desk:8080/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'https://login.microsoftonline.com/common/oauth2/nativeclient',
  'not a url',
];
const IN_APP = ['app://desk/', 'app://desk/index.html', 'app://desk/assets/app.js?v=1#top'];

describe.each([
  ['a page-initiated navigation of the main frame', 'will-navigate', 'main'],
  ['a page-initiated navigation of a subframe', 'will-navigate', 'subframe'],
  ['a server redirect of the main frame', 'will-redirect', 'main'],
  ['a server redirect of a subframe', 'will-redirect', 'subframe'],
] as const)('%s', (_name, kind, frame) => {
  it.each(OFF_APP)('is refused to %s', (url) => {
    const contents = mainWindowContents();
    expect(contents.navigate(url, kind, frame)).toBe(false);
    expect(contents.getURL()).toBe('app://desk/index.html');
  });

  it.each(IN_APP)('is allowed to %s', (url) => {
    expect(mainWindowContents().navigate(url, kind, frame)).toBe(true);
  });
});

describe('new windows and webviews', () => {
  it.each([...OFF_APP, ...IN_APP])('window.open(%s) is denied', (url) => {
    expect(mainWindowContents().openWindow(url)).toEqual({ action: 'deny' });
  });

  it.each(['app://desk/index.html', 'https://evil.example/'])(
    'a <webview> of %s is not attached',
    (src) => expect(mainWindowContents().attachWebview(src)).toBe(false),
  );
});

/** Every permission Electron names, plus the ones a page is most likely to ask for first. */
const PERMISSIONS: Permission[] = [
  'media',
  'geolocation',
  'notifications',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'pointerLock',
  'keyboardLock',
  'display-capture',
  'midi',
  'midiSysex',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'idle-detection',
  'local-fonts',
  'storage-access',
  'window-management',
  'unknown',
];

describe('permissions in the default session', () => {
  it.each(PERMISSIONS)('a request for %s is refused', (permission) => {
    const ses = electron.session.defaultSession;
    expect(ses.requestPermission(permission, 'app://desk/index.html')).toBe(false);
  });

  it.each(PERMISSIONS)('a check for %s answers false', (permission) => {
    expect(electron.session.defaultSession.checkPermission(permission, 'app://desk')).toBe(false);
  });
});

describe('permissions in a session made later', () => {
  // Not only the sessions the shell remembers to lock: any partition a change adds.
  it.each(PERMISSIONS)('%s is refused and checks false', (permission) => {
    const ses = electron.session.fromPartition('persist:added-later');
    expect(ses.requestPermission(permission, 'https://evil.example/')).toBe(false);
    expect(ses.checkPermission(permission, 'https://evil.example')).toBe(false);
  });
});

describe('in a sign-in window', () => {
  const authority = 'https://login.microsoftonline.com';

  async function openSignIn() {
    const { electronSignInWindow } = await import('./sign-in-window');
    const controller = new AbortController();
    const done = electronSignInWindow(() => undefined).open({
      url: `${authority}/common/oauth2/v2.0/authorize?client_id=x`,
      redirectUri: `${authority}/common/oauth2/nativeclient`,
      authorityOrigin: authority,
      proxy: {},
      signal: controller.signal,
      errorOnPage: () => undefined,
    });
    done.catch(() => undefined);
    await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1));
    const [win] = electron.BrowserWindow.created;
    return { win: win!, controller, done };
  }

  it('gets the app-wide guards: no new window, no webview', async () => {
    const { win, controller } = await openSignIn();
    expect(win.webContents.openWindow(`${authority}/popup`)).toEqual({ action: 'deny' });
    // The sign-in window installs no webview guard of its own: this is web-contents-created's.
    expect(win.webContents.attachWebview(`${authority}/`)).toBe(false);
    controller.abort(new Error('test over'));
  });

  it("refuses every permission in the window's own session", async () => {
    const { win, controller } = await openSignIn();
    const ses = win.webContents.session;
    expect(ses.partition).not.toBe('');
    for (const permission of PERMISSIONS) {
      expect(ses.requestPermission(permission, `${authority}/`), permission).toBe(false);
      expect(ses.checkPermission(permission, authority), permission).toBe(false);
    }
    controller.abort(new Error('test over'));
  });

  it("lets the window's own guard decide: the authority allowed, anything else refused", async () => {
    const { win, controller } = await openSignIn();
    // The app-wide guard would refuse this: it steps aside for a registered sign-in session.
    expect(win.webContents.navigate(`${authority}/common/login`)).toBe(true);
    expect(win.webContents.navigate(`${authority}/kmsi`, 'will-redirect')).toBe(true);
    expect(win.webContents.navigate('https://evil.example/')).toBe(false);
    expect(win.webContents.navigate('app://desk/index.html')).toBe(false);
    controller.abort(new Error('test over'));
  });

  it('steps aside only for sessions registered as sign-in sessions', () => {
    // Typed as Electron's, as the shell would pass it.
    const ses = electron.session.fromPartition('not-registered') as unknown as Electron.Session;
    const win = new electron.BrowserWindow({ webPreferences: { session: ses } });
    expect(win.webContents.navigate(`${authority}/common/login`)).toBe(false);
    guards.signInSessions.add(ses);
    expect(win.webContents.navigate(`${authority}/common/login`)).toBe(true);
  });
});
