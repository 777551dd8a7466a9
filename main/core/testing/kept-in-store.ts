/**
 * TEST ONLY. What a person set up, as the store on disk holds it, read afresh by another reader:
 * what the fault tests compare before and after a fault, which must take none of it away. The
 * connections, which service uses which, and every secret by name: its value, or for a token
 * cache the accounts signed in and the refresh tokens it holds (its access tokens come and go
 * with every renewal). Not compared: what the app writes down as it works, which a fault or a
 * new sign-in after it may change without taking anything away: when and how each connection
 * last signed in, and the last problems (their own key: store/last-problems.ts).
 */
import type { Cipher } from '../ports';
import { inspectStoreDir } from './store-inspector';

export interface KeptInStore {
  accounts: unknown[];
  bindings: unknown[];
  secrets: Record<string, string | SignInsOfCache>;
}

/** What lasts of a token cache: the accounts signed in, and their refresh tokens, by key. */
export interface SignInsOfCache {
  signedIn: string[];
  refreshTokens: string[];
}

const TOKEN_CACHE = /^msal-cache:/;
const BOOKKEEPING = ['signedInAt', 'signedInWith'] as const;

export interface KeptInStoreOptions {
  /** Secrets the scenario itself adds or changes (the proxy's password, say). */
  leaveOut?: readonly string[];
  /** Token caches as they are, access tokens too: for a scenario where nothing may be rewritten. */
  wholeTokenCaches?: boolean;
}

/** @param store Its folder and the cipher it was opened with (a fixture will do). */
export async function keptInStore(
  store: { storeDir: string; cipher: Cipher },
  { leaveOut = [], wholeTokenCaches = false }: KeptInStoreOptions = {},
): Promise<KeptInStore> {
  const snapshot = await inspectStoreDir(store.storeDir, store.cipher);
  const secrets: KeptInStore['secrets'] = {};
  for (const name of Object.keys(snapshot.secrets).sort()) {
    if (leaveOut.includes(name)) continue;
    const value = snapshot.secrets[name]!;
    secrets[name] = TOKEN_CACHE.test(name) && !wholeTokenCaches ? signInsOf(value) : value;
  }
  return { accounts: snapshot.accounts.map(asSetUp), bindings: snapshot.bindings, secrets };
}

/** The connection as the person set it up, without the app's bookkeeping. */
function asSetUp(account: unknown): unknown {
  if (typeof account !== 'object' || account === null) return account;
  const copy: Record<string, unknown> = { ...account };
  for (const field of BOOKKEEPING) delete copy[field];
  return copy;
}

function signInsOf(cache: string): SignInsOfCache {
  const { Account, RefreshToken } = JSON.parse(cache) as Record<string, object | undefined>;
  return {
    signedIn: Object.keys(Account ?? {}).sort(),
    refreshTokens: Object.keys(RefreshToken ?? {}).sort(),
  };
}
