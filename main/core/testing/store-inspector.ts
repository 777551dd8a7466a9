/** TEST ONLY. Reads a store directory the way a curious attacker (or a leak check) would. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Cipher, KeyValueStore, SealedRecords } from '../ports';
import { STORE_FILES, type OpenedStore } from '../store/open-store';
import { SecretVault } from '../store/secret-vault';
import { OLDER_VAULT_KEYS } from '../store/secrets-file-upgrade';
import { confStore, secretsFolderIn } from './conf-store';

export interface StoreSnapshot {
  /** Every file in the store directory, concatenated (for leak checks). */
  rawFiles: string;
  /** The named connections (accounts) and which service uses which. */
  accounts: unknown[];
  bindings: unknown[];
  /** Every secret of the vault, decrypted, by name (unreadable ones are left out). */
  secrets: Record<string, string>;
  /** The decrypted MSAL cache, every account's partition in one, or undefined when there is none. */
  tokenCache?: { Account?: object; RefreshToken?: object; AccessToken?: object };
}

/** The settings file and the secrets folder. */
export type StoreFiles = Pick<OpenedStore, 'store' | 'secrets'>;

/** The files as they are on disk now, read afresh (no upgrade, nothing moved aside). */
export const readStoreFiles = (dir: string): StoreFiles => ({
  store: confStore(dir),
  secrets: secretsFolderIn(dir),
});

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** `read` gives the files' stores: fresh ones by default, or the app's own (test-hooks.ts). */
export async function inspectStoreDir(
  dir: string,
  cipher: Cipher,
  read: (dir: string) => StoreFiles = readStoreFiles,
): Promise<StoreSnapshot> {
  const rawFiles = allFiles(dir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const { store, secrets: folder } = read(dir);
  // Where older layouts kept the vault as well (an older store, or a bug): decrypted too.
  const olderFile = existsSync(join(dir, `${STORE_FILES.secrets}.json`))
    ? confStore(dir, STORE_FILES.secrets)
    : undefined;
  const secrets = {
    ...(await decryptAll(olderVault(store), cipher)),
    ...(olderFile ? await decryptAll(olderVault(olderFile), cipher) : {}),
    ...(await decryptAll(folder, cipher)),
  };
  const partitions = Object.keys(secrets).filter((name) => name.startsWith('msal-cache:'));
  const tokenCache = partitions.length
    ? mergedCaches(partitions.map((n) => secrets[n]!))
    : undefined;
  return {
    rawFiles,
    secrets,
    accounts: (store.get('accounts') as unknown[] | undefined) ?? [],
    bindings: (store.get('bindings') as unknown[] | undefined) ?? [],
    tokenCache,
  };
}

/** Decrypts every record it can; changes nothing (a damaged record is not moved aside). */
async function decryptAll(records: SealedRecords, cipher: Cipher): Promise<Record<string, string>> {
  const vault = new SecretVault({ records: readOnly(records), cipher });
  const secrets: Record<string, string> = {};
  for (const name of vault.names()) {
    const value = await vault.read(name).catch(() => undefined);
    if (value !== undefined) secrets[name] = value;
  }
  return secrets;
}

/** Every file of the store as it is, and every secret of its vault decrypted: all a leak needs. */
export async function everythingOnDisk(dir: string, cipher: Cipher): Promise<string> {
  const snapshot = await inspectStoreDir(dir, cipher);
  return `${snapshot.rawFiles}\n${Object.values(snapshot.secrets).join('\n')}`;
}

/** The sections of several serialized MSAL caches, entry by entry in one. */
function mergedCaches(texts: string[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const cache of texts.map((text) => JSON.parse(text) as Record<string, object>)) {
    for (const [section, entries] of Object.entries(cache)) {
      merged[section] = { ...merged[section], ...entries };
    }
  }
  return merged;
}

/** What the inspector gives the vault to read with: it writes, deletes and moves nothing. */
const changesNothing = {
  set: () => undefined,
  delete: () => undefined,
  setAside: () => undefined,
} satisfies Partial<SealedRecords>;

const readOnly = (records: SealedRecords): SealedRecords => ({
  path: records.path,
  names: () => records.names(),
  get: (name) => records.get(name),
  ...changesNothing,
});

/** The records an older layout kept in one object under `secrets` of a file. */
function olderVault(kv: KeyValueStore): SealedRecords {
  const all = () => (kv.get(OLDER_VAULT_KEYS.kept) ?? {}) as Record<string, unknown>;
  return {
    path: kv.path,
    names: () => Object.keys(all()),
    get: (name) => all()[name],
    ...changesNothing,
  };
}
