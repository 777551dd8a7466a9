/**
 * The key-value port over `conf`, the library electron-store is built on, so tests and the
 * chromium-bridge host persist exactly as the app does (same file format, atomic writes).
 */
import Conf from 'conf';
import { join } from 'node:path';
import { openStoreSafely, type OpenedStore } from '../store/open-store';
import type { KeyValueStore } from '../ports';

export function confStore(directory: string): KeyValueStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: directory,
    configName: 'm365-desk',
    projectName: 'm365-desk',
    // Our keys are flat; a dot in an id must not become a nested path.
    accessPropertiesByDotNotation: false,
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key),
    path: conf.path,
  };
}

/** {@link confStore}, with an unreadable file moved aside instead of failing. */
export function openConfStore(directory: string): OpenedStore {
  return openStoreSafely(() => confStore(directory), join(directory, 'm365-desk.json'));
}
