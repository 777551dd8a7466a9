/**
 * The shell's boot on the Electron stand-in: what `main/electron/index.ts` asks of Electron
 * before and after `ready`, and how it quits. A wiring mistake here (a wrong preload path, a
 * missing handler, a guard never installed) would otherwise ship unseen.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelFor, commandNames } from '../../preload/contract';
import { builtLayout } from './built-layout';
import { loadShell, type BootedShell, type ElectronStandIn } from './stand-in/boot-shell';

const shellDir = dirname(fileURLToPath(import.meta.url));
let shell: BootedShell;
let electron: ElectronStandIn;
let userData: string;

beforeEach(async () => {
  shell = await loadShell();
  ({ electron, userData } = shell);
});

afterEach(() => shell.quit());

describe('before ready', () => {
  it('registers app:// as a standard, secure scheme with a code cache, and opens nothing yet', () => {
    expect(electron.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        beforeReady: true,
      },
    ]);
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.channels()).toEqual([]);
    expect(electron.protocol.isProtocolHandled('app')).toBe(false);
  });

  it('keeps its data where M365_DESK_USER_DATA says', () => {
    expect(electron.app.getPath('userData')).toBe(userData);
  });
});

describe('on ready', () => {
  beforeEach(() => shell.ready());

  it('creates one main window with exactly the secure web preferences', () => {
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [win] = electron.BrowserWindow.created;
    expect(win!.options.webPreferences).toEqual({
      preload: builtLayout(shellDir).preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(win!.loadedUrls).toEqual(['app://desk/index.html']);
    expect(win!.isVisible()).toBe(false);
    win!.paint();
    expect(win!.isVisible()).toBe(true);
  });

  it('points at the preload and renderer the build writes', async () => {
    const config = (await import('../../electron.vite.config')).default as BuildConfig;
    const root = resolve(shellDir, '../..');
    const built = builtLayout(resolve(root, config.main.build.outDir));
    const preloadOut = config.preload.build;
    const preloadName = preloadOut.rollupOptions.output.entryFileNames.replace('[name]', 'index');
    expect(Object.keys(preloadOut.rollupOptions.input)).toEqual(['index']);
    expect(built.preload).toBe(resolve(root, preloadOut.outDir, preloadName));
    expect(built.renderer).toBe(resolve(root, config.renderer.build.outDir));
  });

  it('handles every contract command on its own channel, and listens on nothing else', () => {
    expect(electron.ipcMain.channels().sort()).toEqual(commandNames.map(channelFor).sort());
  });

  it('installs the app-wide guards before the window exists', () => {
    const { defaultSession } = electron.session;
    let granted: boolean | undefined;
    defaultSession.permissionRequestHandler!(
      electron.BrowserWindow.created[0]!.webContents as never,
      'media',
      (answer) => (granted = answer),
      {} as never,
    );
    expect(granted).toBe(false);
    expect(defaultSession.permissionCheckHandler!(null, 'media', 'app://desk', {} as never)).toBe(
      false,
    );
    const contents = electron.BrowserWindow.created[0]!.webContents;
    expect(contents.openWindow('app://desk/index.html')).toEqual({ action: 'deny' });
    expect(contents.navigate('https://evil.example/')).toBe(false);
    expect(contents.navigate('app://desk/index.html#/settings')).toBe(true);
    expect(contents.attachWebview('app://desk/index.html')).toBe(false);
  });

  it('serves the renderer over app://', () => {
    expect(electron.protocol.isProtocolHandled('app')).toBe(true);
  });
});

describe('windows and quitting', () => {
  beforeEach(() => shell.ready());

  it('quits when the last window closes (not on macOS), and holds the quit until the core closed', async () => {
    const willQuit: boolean[] = [];
    electron.app.on('will-quit', (event: { defaultPrevented: boolean }) =>
      // Runs after the shell's listener: records whether the shell held this quit.
      willQuit.push(event.defaultPrevented),
    );
    const quit = new Promise<void>((done) => electron.app.once('quit', () => done()));
    electron.BrowserWindow.created[0]!.close();
    await quit;
    if (process.platform === 'darwin') return;
    expect(willQuit).toEqual([true, false]);
    expect(electron.app.quitCalls).toBe(2);
  });

  it('opens a new main window on activate when none is open', () => {
    electron.BrowserWindow.created[0]!.close();
    electron.app.emit('activate');
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    electron.app.emit('activate');
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});

interface BuildConfig {
  main: { build: { outDir: string } };
  preload: {
    build: {
      outDir: string;
      rollupOptions: { input: Record<string, string>; output: { entryFileNames: string } };
    };
  };
  renderer: { build: { outDir: string } };
}
