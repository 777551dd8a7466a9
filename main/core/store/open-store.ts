/**
 * Opens the store: the settings file (connections, services, app choices, the proxy) and,
 * beside it, the folder of the vault's sealed secrets, one file each (sealed-folder.ts), so that
 * listing connections or reading a setting never parses megabytes of ciphertext, and opening
 * reads no secret at all. A damaged settings file never stops the app: it is moved aside (kept,
 * never deleted), a fresh one is opened, and the person is told where the old one went.
 * A store of an older layout is upgraded here (secrets-file-upgrade.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../preload/contract';
import type { KeyValueStore, SealedRecords } from '../ports';
import type { FileWriter } from './atomic-write';
import { UnsavedChanges } from './unsaved-changes';
import { SealedFolder } from './sealed-folder';
import { moveSecretsToTheirFolder } from './secrets-file-upgrade';

/**
 * The store's files, `<name>.json` in one folder: the settings, and the secrets file of the
 * previous layout (read only to move its secrets into {@link SECRETS_FOLDER}).
 */
export const STORE_FILES = { settings: 'm365-desk', secrets: 'm365-desk-secrets' } as const;
export type StoreFileName = (typeof STORE_FILES)[keyof typeof STORE_FILES];
/** The folder of the sealed secrets, beside the settings file. */
export const SECRETS_FOLDER = 'm365-desk-secrets';

export interface OpenedStore {
  /** The settings file. */
  store: KeyValueStore;
  /** The secrets folder: the SecretVault's records, and nothing else's. */
  secrets: SealedRecords;
  notices: Problem[];
  /** The writes the disk refused, waiting to be tried again (both files'). */
  saves: UnsavedChanges;
}

export interface OpenStoreOptions {
  /** When the store is opened (names the files kept aside). */
  now?: Date;
  /** How the secrets folder replaces one of its files (a test passes one that fails). */
  writeFile?: FileWriter;
}

/**
 * `open` builds the store over one file of `directory` (it throws on an unreadable file).
 * Throws only when the upgrade cannot write, which leaves every secret where it was.
 */
export function openStoreSafely(
  directory: string,
  open: (file: StoreFileName, saves: UnsavedChanges) => KeyValueStore,
  { now = new Date(), writeFile }: OpenStoreOptions = {},
): OpenedStore {
  const notices: Problem[] = [];
  const saves = new UnsavedChanges(directory);
  /** Opens the file; an unreadable one is moved aside and explained, and undefined returned. */
  const openOrSetAside = (file: StoreFileName, explain: (aside: string) => Problem) => {
    try {
      return open(file, saves);
    } catch (error) {
      const path = join(directory, `${file}.json`);
      if (!existsSync(path)) throw error;
      const aside = join(
        directory,
        `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.json`,
      );
      renameSync(path, aside);
      notices.push(explain(aside));
      return undefined;
    }
  };
  const store =
    openOrSetAside(STORE_FILES.settings, (aside) => ({
      code: 'store_unreadable',
      message: 'M365 Desk could not read its saved connections, so it started with an empty store.',
      hint: `Nothing was deleted: the old file is kept as ${aside}. Sign in again to reconnect your services.`,
    })) ?? open(STORE_FILES.settings, saves);
  const secrets = new SealedFolder(join(directory, SECRETS_FOLDER), { writeFile, saves });
  // The move stops at the first write refused (and the older files stay): never kept for later.
  saves.strictly(() =>
    moveSecretsToTheirFolder({ settings: store, secretsFile: olderSecretsFile() }, secrets),
  );
  return { store, secrets, notices, saves };

  function olderSecretsFile() {
    const path = join(directory, `${STORE_FILES.secrets}.json`);
    if (!existsSync(path)) return undefined;
    const older = openOrSetAside(STORE_FILES.secrets, (aside) => ({
      code: 'secrets_unreadable',
      message:
        'M365 Desk could not read its saved sign-ins and credentials, so your connections will ask you to sign in again.',
      hint: `Nothing was deleted: the old file is kept as ${aside}. Your connections and settings are kept.`,
    }));
    return older && { store: older, remove: () => rmSync(path, { force: true }) };
  }
}
