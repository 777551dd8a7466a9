/**
 * The key-value port over `conf`, the library electron-store is built on, so tests and the
 * chromium-bridge host persist exactly as the app does: the same files, the same format,
 * held in memory and written through atomically (store/conf-file.ts). The secrets folder is
 * the app's own code in both (store/sealed-folder.ts).
 */
import { join } from 'node:path';
import Conf from 'conf';
import { confFile } from '../store/conf-file';
import { memoryStore } from '../store/memory-store';
import {
  openStoreSafely,
  SECRETS_FOLDER,
  STORE_FILES,
  type OpenedStore,
  type StoreFileName,
} from '../store/open-store';
import { SealedFolder } from '../store/sealed-folder';
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

/** The secrets folder in `directory` (the vault's records), as it is on disk now. */
export function secretsFolderIn(directory: string): SealedFolder {
  return new SealedFolder(join(directory, SECRETS_FOLDER));
}

/** Both files, upgraded, with an unreadable one moved aside instead of failing. */
export function openConfStore(directory: string): OpenedStore {
  return openStoreSafely(directory, (file) => confStore(directory, file));
}
