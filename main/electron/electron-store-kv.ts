/**
 * The key-value port over `electron-store` (the same `conf` files and format the tests use),
 * held in memory and written through atomically (core/store/conf-file.ts), for the settings
 * file; the secrets folder beside it is the core's own code (core/store/sealed-folder.ts). The
 * files name the person's tenants and accounts, and hold the sealed secrets: only they may read
 * them (0600, in folders of 0700).
 */
import { app, ipcMain } from 'electron';
import Store from 'electron-store';
import { chmodSync, mkdirSync } from 'node:fs';
import { confFile, OWNER_ONLY_FILE } from '../core/store/conf-file';
import { memoryStore } from '../core/store/memory-store';
import { openStoreSafely, type OpenedStore, type StoreFileName } from '../core/store/open-store';
import { OWNER_ONLY_FOLDER } from '../core/store/sealed-folder';
import type { KeyValueStore } from '../core/ports';
import type { UnsavedChanges } from '../core/store/unsaved-changes';

/**
 * electron-store opens this synchronous IPC channel, for renderers that use a store of their
 * own, and answers it with userData's path and the app's version to any frame that asks. Our
 * renderer never does (it has window.desk only), and main listens on the contract's channels
 * and no other. The constructor cannot be told not to (it registers whenever `ipcMain` exists),
 * so the listener is removed as soon as the store is made, before any window exists.
 */
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * One file of the store, in userData (it throws on an unreadable file); a write the disk refuses
 * waits in `saves` to be tried again.
 */
export function electronStoreFile(file: StoreFileName, saves?: UnsavedChanges): KeyValueStore {
  // Chromium makes userData owner-only; should it not exist yet, conf would make it with the
  // umask's mode (0755). An existing folder is left as it is: it is Electron's profile too.
  mkdirSync(app.getPath('userData'), { recursive: true, mode: OWNER_ONLY_FOLDER });
  let store: KeyValueStore;
  try {
    store = memoryStore(
      confFile((options) => new Store<Record<string, unknown>>({ ...options, name: file })),
      saves,
    );
  } finally {
    // Also when the file is unreadable: the constructor registers before it reads the file.
    ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  }
  tightenOlderFile(store.path);
  return store;
}

/**
 * A file an earlier version wrote keeps its mode until the next write (which makes it 0600).
 * Best effort: a failure here must not count as an unreadable store, which would move a good
 * file aside (open-store.ts).
 */
function tightenOlderFile(path: string): void {
  try {
    chmodSync(path, OWNER_ONLY_FILE);
  } catch {
    // Not written yet, or not ours to change: the next write sets the mode anyway.
  }
}

/** The app's store (settings and secrets), an unreadable file moved aside instead of failing start-up. */
export function openElectronStore(): OpenedStore {
  return openStoreSafely(app.getPath('userData'), electronStoreFile);
}
