/** The key-value port over `electron-store` (the same `conf` file format the tests use). */
import Store from 'electron-store';
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
