/**
 * A stand-in for the `electron` module, for tests only: Vitest resolves `electron` to this file
 * (vitest.config.ts), so the shell (`main/electron/*`, `preload/index.ts`) and electron-store run
 * on it unchanged. Each part implements the members the shell uses, typed with `Pick` of
 * Electron's own definitions, so a signature Electron changes fails the type check here.
 * Each test file gets a fresh one after `vi.resetModules()`.
 *
 * Tests import the parts from here (same module instance) to fire Electron's events and read
 * what the shell asked for.
 */
import { app } from './app-stand-in';
import { BrowserWindowStandIn as BrowserWindow } from './browser-window-stand-in';
import { dialog } from './dialog-stand-in';
import { contextBridge, ipcMain, ipcRenderer } from './ipc-stand-in';
import { protocol } from './protocol-stand-in';
import { safeStorage } from './safe-storage-stand-in';
import { session } from './session-stand-in';
import { shell } from './shell-stand-in';

export {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  protocol,
  safeStorage,
  session,
  shell,
};

/** electron-store reads `electron.app` and `electron.ipcMain` from the default export. */
export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  protocol,
  safeStorage,
  session,
  shell,
};
