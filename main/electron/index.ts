/**
 * The Electron entry point: the only place the app meets Electron's lifecycle. Everything it
 * wires together is plain TypeScript from main/core, tested without Electron.
 */
import { app, BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { builtLayout } from './built-layout';
import { createDeskCore, type DeskCore } from '../core/desk-core';
import { saveFileDialog } from './save-file-dialog';
import { inProcessSandbox } from '../core/sandbox/in-process-sandbox';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { openElectronStore } from './electron-store-kv';
import { bindRouterToIpc, windowEventSink } from './ipc-main-bridge';
import { safeStorageCipher } from './safe-storage-cipher';
import { electronSignInWindow } from './sign-in-window';
import { applyAppWideGuards } from './window-security';
import type { SandboxTenant } from '../core/sign-in-profiles';

registerAppScheme();
// Test and multi-profile runs keep their data apart.
if (process.env.M365_DESK_USER_DATA) app.setPath('userData', process.env.M365_DESK_USER_DATA);
// One copy per profile, so two never write one store. Electron keys the lock on userData, so it
// is asked for once that is set; a second copy quits before it opens anything, and the first is
// told, and comes forward.
const firstCopy = app.requestSingleInstanceLock();
if (!firstCopy) app.quit();
app.on('second-instance', () => {
  if (!app.isReady()) return;
  if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
});

/** The built-in sandbox, or an already running one (the e2e host passes its ready line). */
function sandboxTenant(): SandboxTenant & { close?(): Promise<void> } {
  const external = process.env.M365_DESK_SANDBOX_READY;
  if (external) return { ready: async () => JSON.parse(external) };
  return inProcessSandbox(join(app.getPath('userData'), 'sandbox-tenant'));
}

const layout = builtLayout(import.meta.dirname);
let mainWindow: BrowserWindow | undefined;
let core: DeskCore | undefined;
let sandbox: ReturnType<typeof sandboxTenant> | undefined;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 600,
    title: 'M365 Desk',
    show: false,
    webPreferences: {
      preload: layout.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows; the app has none to open.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(async () => {
  if (!firstCopy) return;
  applyAppWideGuards();
  serveRenderer(layout.renderer);
  const { store, secrets, notices, saves } = openElectronStore();
  // Only a test build (M365_DESK_TEST_BUILD=1) has the e2e hooks: in the production build the
  // constant is false, so the bundler drops this import and everything test-hooks.ts loads.
  const recorder = __DESK_TEST_BUILD__
    ? (await import('./test-hooks')).installTestHooks({ store, secrets }, safeStorageCipher)
    : undefined;
  core = createDeskCore({
    host: 'electron',
    version: app.getVersion(),
    store,
    secrets,
    saves,
    cipher: safeStorageCipher,
    browser: { open: (url) => shell.openExternal(url) },
    signInWindow: electronSignInWindow(() => mainWindow),
    events: windowEventSink(() => mainWindow, recorder),
    sandbox: (sandbox = sandboxTenant()),
    startupNotices: notices,
    fileSaver: saveFileDialog(() => mainWindow),
  });
  bindRouterToIpc(core.router, recorder);
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Electron does not wait for a promise in `will-quit`: hold the quit until the core has
// closed (pending store writes, the sandbox, sign-in listeners), then quit again.
let closing: Promise<void> | undefined;
app.on('will-quit', (event) => {
  if (!core) return;
  event.preventDefault();
  const running = core;
  closing ??= Promise.all([running.close(), sandbox?.close?.()])
    .then(() => undefined)
    .catch((error: unknown) => console.error('M365 Desk: closing failed', error))
    .finally(() => {
      core = undefined;
      app.quit();
    });
});
