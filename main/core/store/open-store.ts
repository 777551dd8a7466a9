/**
 * Opens the store: two files side by side, the settings (connections, services, app choices,
 * the proxy) and the vault's sealed secrets, so that listing connections or reading a setting
 * never parses megabytes of ciphertext. A damaged file never stops the app: it is moved aside
 * (kept, never deleted), a fresh one is opened, and the person is told where the old one went.
 * A store from before the split is upgraded here (secrets-file-upgrade.ts).
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../preload/contract';
import type { KeyValueStore } from '../ports';
import { moveSecretsToTheirFile } from './secrets-file-upgrade';

/** The store's files, `<name>.json` in one folder. */
export const STORE_FILES = { settings: 'm365-desk', secrets: 'm365-desk-secrets' } as const;
export type StoreFileName = (typeof STORE_FILES)[keyof typeof STORE_FILES];

export interface OpenedStore {
  /** The settings file. */
  store: KeyValueStore;
  /** The secrets file: the SecretVault's store, and nothing else's. */
  secrets: KeyValueStore;
  notices: Problem[];
}

/**
 * `open` builds the store over one file of `directory` (it throws on an unreadable file).
 * Throws only when the upgrade cannot write, which leaves both files as they were.
 */
export function openStoreSafely(
  directory: string,
  open: (file: StoreFileName) => KeyValueStore,
  now = new Date(),
): OpenedStore {
  const notices: Problem[] = [];
  const openOrSetAside = (file: StoreFileName, explain: (aside: string) => Problem) => {
    try {
      return open(file);
    } catch (error) {
      const path = join(directory, `${file}.json`);
      if (!existsSync(path)) throw error;
      const aside = join(
        directory,
        `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.json`,
      );
      renameSync(path, aside);
      notices.push(explain(aside));
      return open(file);
    }
  };
  const store = openOrSetAside(STORE_FILES.settings, (aside) => ({
    code: 'store_unreadable',
    message: 'M365 Desk could not read its saved connections, so it started with an empty store.',
    hint: `Nothing was deleted: the old file is kept as ${aside}. Sign in again to reconnect your services.`,
  }));
  const secrets = openOrSetAside(STORE_FILES.secrets, (aside) => ({
    code: 'secrets_unreadable',
    message:
      'M365 Desk could not read its saved sign-ins and credentials, so your connections will ask you to sign in again.',
    hint: `Nothing was deleted: the old file is kept as ${aside}. Your connections and settings are kept.`,
  }));
  moveSecretsToTheirFile(store, secrets);
  return { store, secrets, notices };
}
