/**
 * Two copies of the app on one profile: Electron's single-instance lock (on the shell's typed
 * stand-in). The second copy quits before it is ready, so it never opens the store, nor a window;
 * the first one is asked to come forward, and does. Two writers never meet (the core's own guard
 * for one that got past this is store/store-lock.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadShell, type BootedShell } from './stand-in/boot-shell';

let shell: BootedShell;
afterEach(() => shell.quit());

/** A store an earlier run left in the profile: one connection. */
const earlierStore = JSON.stringify({
  accounts: [{ id: 'c1', name: 'Tenant admin' }],
  bindings: [{ serviceId: 'graph', connectionId: 'c1', boundAt: '2026-01-01T00:00:00.000Z' }],
});
const withEarlierStore = (userData: string) =>
  writeFileSync(join(userData, 'm365-desk.json'), earlierStore);
const profileFiles = (userData: string) => readdirSync(userData).sort();

describe('fault: a second copy of the app started while one runs', () => {
  it('the second copy quits before it is ready: no window, no store opened, the store as it was', async () => {
    shell = await loadShell((electron, userData) => {
      electron.app.otherCopyRunning = true;
      withEarlierStore(userData);
    });
    const { electron, userData } = shell;
    expect(electron.app.lockRequests).toBe(1);
    expect(electron.app.quitCalls).toBe(1);

    await electron.app.fireReady();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.channels()).toEqual([]);
    expect(profileFiles(userData)).toEqual(['m365-desk.json']); // no lock, no secrets, no sandbox
    expect(readFileSync(join(userData, 'm365-desk.json'), 'utf8')).toBe(earlierStore);
  });

  it('the first copy, told a second one started, brings its window forward and quits nothing', async () => {
    shell = await loadShell((_, userData) => withEarlierStore(userData));
    await shell.ready();
    const { electron, userData } = shell;
    const [win] = electron.BrowserWindow.created;
    win!.paint();
    win!.minimize();

    electron.app.startSecondCopy();

    expect(win!.isMinimized()).toBe(false);
    expect(win!.isVisible()).toBe(true);
    expect(win!.focusCalls).toBe(1);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([win]);
    expect(electron.app.quitCalls).toBe(0);
    expect(readFileSync(join(userData, 'm365-desk.json'), 'utf8')).toBe(earlierStore);
  });

  it('on macOS, with its window closed (the app keeps running), the first copy opens one', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'darwin' });
    try {
      shell = await loadShell();
      await shell.ready();
      const { electron } = shell;
      electron.BrowserWindow.created[0]!.close();
      expect(electron.app.quitCalls).toBe(0);

      electron.app.startSecondCopy();
      const windows = electron.BrowserWindow.getAllWindows();
      expect(windows).toHaveLength(1);
      expect(windows[0]!.focusCalls).toBe(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
