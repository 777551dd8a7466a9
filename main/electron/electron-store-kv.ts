/** The key-value port over `electron-store` (the same `conf` file format the tests use). */
import { app } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { openStoreSafely, type OpenedStore } from '../core/store/open-store';
import type { KeyValueStore } from '../core/ports';

export function electronStoreKv(): KeyValueStore {
  const store = new Store<Record<string, unknown>>({
    name: 'm365-desk',
    accessPropertiesByDotNotation: false,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    path: store.path,
  };
}

/** The app's store, with an unreadable file moved aside instead of failing start-up. */
export function openElectronStore(): OpenedStore {
  return openStoreSafely(() => electronStoreKv(), join(app.getPath('userData'), 'm365-desk.json'));
}
