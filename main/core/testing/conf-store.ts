/**
 * The key-value port over `conf`, the library electron-store is built on, so tests and the
 * chromium-bridge host persist exactly as the app does: the same files, the same format,
 * held in memory and written through atomically (store/conf-file.ts). The secrets folder is
 * the app's own code in both (store/sealed-folder.ts).
 */
import { join } from 'node:path';
import Conf from 'conf';
import { writeFileAtomically } from '../store/atomic-write';
import { confFile } from '../store/conf-file';
import { memoryStore, type StoreFile } from '../store/memory-store';
import {
  openStoreSafely,
  SECRETS_FOLDER,
  STORE_FILES,
  type OpenedStore,
  type StoreFileName,
} from '../store/open-store';
import { SealedFolder } from '../store/sealed-folder';
import type { KeyValueStore } from '../ports';
import type { UnsavedChanges } from '../store/unsaved-changes';
import type { FaultyDisk } from './faulty-disk';

/**
 * One file of the store in `directory`: the settings unless told otherwise; on `disk`, when a
 * test makes it refuse writes, and with refused writes kept in `saves` when given.
 */
export function confStore(
  directory: string,
  file: StoreFileName = STORE_FILES.settings,
  { disk, saves }: { disk?: FaultyDisk; saves?: UnsavedChanges } = {},
): KeyValueStore {
  const opened = confFile(
    (options) =>
      new Conf<Record<string, unknown>>({ ...options, cwd: directory, configName: file }),
  );
  return memoryStore(disk ? onDisk(opened, disk) : opened, saves);
}

/** The file, its writes refused while the disk refuses them. */
const onDisk = (file: StoreFile, disk: FaultyDisk): StoreFile => ({
  path: file.path,
  opened: file.opened,
  write(content) {
    disk.check(file.path);
    file.write(content);
  },
});

/** The secrets folder in `directory` (the vault's records), as it is on disk now. */
export function secretsFolderIn(directory: string): SealedFolder {
  return new SealedFolder(join(directory, SECRETS_FOLDER));
}

/**
 * Both files, upgraded, with an unreadable one moved aside instead of failing; on `disk`, when
 * a test makes it refuse writes.
 */
export function openConfStore(directory: string, disk?: FaultyDisk): OpenedStore {
  return openStoreSafely(directory, (file, saves) => confStore(directory, file, { disk, saves }), {
    ...(disk ? { writeFile: disk.guard(writeFileAtomically) } : {}),
  });
}
