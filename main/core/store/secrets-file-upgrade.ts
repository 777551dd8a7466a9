/**
 * Older versions kept the vault's sealed records in one JSON object, under `secrets` (and the
 * ones set aside under `secrets-unreadable`): first inside the settings file, then in a secrets
 * file of their own (`m365-desk-secrets.json`), which every start read and parsed whole, every
 * account's token cache in it. They now have a folder, one file per secret (sealed-folder.ts),
 * and are moved there, from either place, the first time this version opens the store.
 *
 * The move writes the folder first and only then takes the records out of the older places,
 * the secrets file before the settings file: a crash at any point leaves every record in the
 * folder or where it was (or both), and the next start finishes the move; never in neither.
 */
import type { KeyValueStore } from '../ports';
import type { SealedFolder } from './sealed-folder';

/** The keys under which older versions kept the records, in either file. */
export const OLDER_VAULT_KEYS = { kept: 'secrets', aside: 'secrets-unreadable' } as const;

export interface OlderSecrets {
  /** The settings file, which may still hold records (the oldest layout). */
  settings: KeyValueStore;
  /** The secrets file of the previous layout, when there is one, and how to delete it. */
  secretsFile?: { store: KeyValueStore; remove(): void };
}

export function moveSecretsToTheirFolder(older: OlderSecrets, folder: SealedFolder): void {
  const { settings, secretsFile } = older;
  const keysLeft = Object.values(OLDER_VAULT_KEYS).filter((key) => settings.get(key) !== undefined);
  if (!secretsFile && keysLeft.length === 0) return;
  // A name in both files was copied by a move to the secrets file that did not finish: the
  // settings file's entry is the one that move started from, so it goes last and wins.
  for (const source of [secretsFile?.store, settings]) {
    if (!source) continue;
    for (const [name, record] of entries(source.get(OLDER_VAULT_KEYS.kept))) {
      if (isObject(record)) folder.set(name, record);
      else folder.keepAside(name, { record }); // not a sealed record: kept, not used
    }
    for (const [key, record] of entries(source.get(OLDER_VAULT_KEYS.aside))) {
      folder.keepAside(key, isObject(record) ? record : { record });
    }
  }
  secretsFile?.remove();
  for (const key of keysLeft) settings.delete(key);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}
