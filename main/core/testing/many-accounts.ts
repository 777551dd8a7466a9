/**
 * TEST ONLY. Many saved accounts from one real sign-in: its MSAL cache (as the emulator issued
 * it, read back from the store) is copied under other home account ids, into the partition older
 * versions kept for every account of one cloud and app (`msal-cache:<cloud>:<clientId>`), with a
 * connection record for each. Every copy is a cache hit for its account, as the original is.
 */
import type { Cipher } from '../ports';
import type { AccountRecord } from '../store/connection-registry';
import { SecretVault } from '../store/secret-vault';
import { confStore, secretsFolderIn } from './conf-store';

/** One signed-in account as the store holds it: its record and its cache (serialized). */
export interface SavedSignIn {
  account: AccountRecord;
  cacheText: string;
}

/** The only delegated connection of a fixture's store, and the MSAL cache that holds it. */
export async function savedSignIn(storeDir: string, cipher: Cipher): Promise<SavedSignIn> {
  const kv = confStore(storeDir);
  const vault = new SecretVault({ records: secretsFolderIn(storeDir), cipher });
  const [account] = kv.get('accounts') as AccountRecord[];
  const name = vault.names().find((n) => n.startsWith('msal-cache:'));
  const cacheText = name ? await vault.read(name) : undefined;
  if (!account || !cacheText) throw new Error('The store holds no signed-in connection');
  return { account, cacheText };
}

/** `count` copies of the sign-in, each under a home account id of its own. */
export function copiesOf(
  signIn: SavedSignIn,
  count: number,
): { accounts: AccountRecord[]; sharedCacheText: string } {
  const [uid] = signIn.account.homeAccountId.split('.');
  const merged: Record<string, Record<string, unknown>> = {};
  const accounts: AccountRecord[] = [];
  for (let i = 0; i < count; i++) {
    const copyUid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const text = signIn.cacheText.replaceAll(uid!, copyUid);
    for (const [section, entries] of Object.entries(JSON.parse(text) as typeof merged)) {
      merged[section] = { ...merged[section], ...entries };
    }
    accounts.push({
      ...signIn.account,
      id: `copy-${i}`,
      homeAccountId: signIn.account.homeAccountId.replace(uid!, copyUid),
      username: `copy-${i}@${signIn.account.tenantDomain ?? 'sandbox'}`,
    });
  }
  return { accounts, sharedCacheText: JSON.stringify(merged) };
}

/**
 * The fixture's store made into one of `count` connections: copies of its one signed-in account
 * (with all its tokens: connect every service first for all six services'), the services it
 * used spread over the copies. Write with the core closed; start one on it afterwards.
 */
export async function writeCopiesInto(
  storeDir: string,
  cipher: Cipher,
  count: number,
): Promise<AccountRecord[]> {
  const signIn = await savedSignIn(storeDir, cipher);
  const { accounts, sharedCacheText } = copiesOf(signIn, count);
  const kv = confStore(storeDir);
  const vault = new SecretVault({ records: secretsFolderIn(storeDir), cipher });
  for (const name of vault.names().filter((n) => n.startsWith('msal-cache:'))) vault.remove(name);
  await vault.write(`msal-cache:sandbox:${signIn.account.clientId}`, sharedCacheText);
  const bindings = kv.get('bindings') as { serviceId: string; connectionId: string }[];
  const every = Math.max(1, Math.floor(count / bindings.length));
  kv.set('accounts', accounts);
  kv.set(
    'bindings',
    bindings.map((b, i) => ({ ...b, connectionId: accounts[(i * every) % count]!.id })),
  );
  return accounts;
}
