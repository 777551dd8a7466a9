/**
 * The key-value port over `conf`, the library electron-store is built on, so tests and the
 * chromium-bridge host persist exactly as the app does: the same file, the same format, held
 * in memory and written through atomically (store/conf-file.ts).
 */
import Conf from 'conf';
import { join } from 'node:path';
import { confFile } from '../store/conf-file';
import { memoryStore } from '../store/memory-store';
import { openStoreSafely, type OpenedStore } from '../store/open-store';
import type { KeyValueStore } from '../ports';

export function confStore(directory: string): KeyValueStore {
  return memoryStore(
    confFile(
      (options) =>
        new Conf<Record<string, unknown>>({ ...options, cwd: directory, configName: 'm365-desk' }),
    ),
  );
}

/** {@link confStore}, with an unreadable file moved aside instead of failing. */
export function openConfStore(directory: string): OpenedStore {
  return openStoreSafely(() => confStore(directory), join(directory, 'm365-desk.json'));
}
