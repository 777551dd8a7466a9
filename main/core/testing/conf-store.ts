/**
 * The key-value port over `conf`, the library electron-store is built on, so tests and the
 * chromium-bridge host persist exactly as the app does: the same files, the same format,
 * held in memory and written through atomically (store/conf-file.ts).
 */
import Conf from 'conf';
import { confFile } from '../store/conf-file';
import { memoryStore } from '../store/memory-store';
import {
  openStoreSafely,
  STORE_FILES,
  type OpenedStore,
  type StoreFileName,
} from '../store/open-store';
import type { KeyValueStore } from '../ports';

/** One file of the store in `directory`: the settings unless told otherwise. */
export function confStore(
  directory: string,
  file: StoreFileName = STORE_FILES.settings,
): KeyValueStore {
  return memoryStore(
    confFile(
      (options) =>
        new Conf<Record<string, unknown>>({ ...options, cwd: directory, configName: file }),
    ),
  );
}

/** The secrets file in `directory` (the vault's store). */
export function confSecretStore(directory: string): KeyValueStore {
  return confStore(directory, STORE_FILES.secrets);
}

/** Both files, upgraded, with an unreadable one moved aside instead of failing. */
export function openConfStore(directory: string): OpenedStore {
  return openStoreSafely(directory, (file) => confStore(directory, file));
}
