/**
 * For shell tests: a fresh Electron stand-in with the app's entry (`main/electron/index.ts`)
 * loaded on it, its data in a temporary folder, and a way to quit that waits until the app
 * really ended (the shell holds the quit while the core closes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type * as ElectronStandInModule from './electron-stand-in';

export type ElectronStandIn = typeof ElectronStandInModule;

export interface BootedShell {
  electron: ElectronStandIn;
  userData: string;
  /** Fires Electron's `ready` and waits until the shell's ready work has made its window. */
  ready(): Promise<void>;
  /** Quits as the person would, waits for `quit`, and removes the data folder. */
  quit(): Promise<void>;
}

/** `before` sets the stand-in (and userData) up before the shell's entry runs. */
export async function loadShell(
  before?: (electron: ElectronStandIn, userData: string) => void,
): Promise<BootedShell> {
  vi.resetModules();
  const userData = mkdtempSync(join(tmpdir(), 'desk-shell-'));
  vi.stubEnv('M365_DESK_USER_DATA', userData);
  const electron = await import('./electron-stand-in');
  before?.(electron, userData);
  await import('../index');
  return {
    electron,
    userData,
    async ready() {
      await electron.app.fireReady();
      await vi.waitFor(() => {
        if (electron.BrowserWindow.created.length === 0) throw new Error('no window yet');
      });
    },
    async quit() {
      if (electron.app.isReady()) {
        const ended = new Promise<void>((done) => electron.app.once('quit', () => done()));
        electron.app.quit();
        await ended;
      }
      vi.unstubAllEnvs();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

/** {@link loadShell}, then {@link BootedShell.ready}. */
export async function bootShell(): Promise<BootedShell> {
  const shell = await loadShell();
  await shell.ready();
  return shell;
}
