/**
 * msal-node's serialized token cache (the JSON its `serialize()` writes), as plain data: split
 * by account, compared, and changed entry by entry. The cache partitions are kept in this form,
 * so a call's changes can be merged into the newest state instead of replacing it.
 */
import { isDeepStrictEqual } from 'node:util';

export const SECTIONS = [
  'Account',
  'IdToken',
  'AccessToken',
  'RefreshToken',
  'AppMetadata',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The sections whose entries belong to one account (`home_account_id`). */
const ACCOUNT_SECTIONS = ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const;

export type CacheEntry = Readonly<Record<string, unknown>> & { home_account_id?: string };
export type SerializedCache = Readonly<Record<Section, Readonly<Record<string, CacheEntry>>>>;

/** What one MSAL call did to the cache: entries written and entries it removed. */
export interface CacheChange {
  set: [Section, string, CacheEntry][];
  /** Each with the value the call saw, so a removal never undoes a newer write. */
  removed: [Section, string, CacheEntry][];
}

export const emptyCache = (): SerializedCache => ({
  Account: {},
  IdToken: {},
  AccessToken: {},
  RefreshToken: {},
  AppMetadata: {},
});

/** Parses a serialized cache; sections it lacks are empty, sections MSAL does not know dropped. */
export function parseCache(text: string): SerializedCache {
  const parsed = JSON.parse(text) as Partial<Record<Section, Record<string, CacheEntry>>>;
  const cache = emptyCache() as Record<Section, Record<string, CacheEntry>>;
  for (const section of SECTIONS) cache[section] = { ...parsed[section] };
  return cache;
}

export const hasAccount = (cache: SerializedCache): boolean =>
  Object.keys(cache.Account).length > 0;

/** What changed from `before` to `after`. */
export function changeBetween(before: SerializedCache, after: SerializedCache): CacheChange {
  const change: CacheChange = { set: [], removed: [] };
  for (const section of SECTIONS) {
    for (const [key, entry] of Object.entries(after[section])) {
      if (!isDeepStrictEqual(before[section][key], entry)) change.set.push([section, key, entry]);
    }
    for (const [key, entry] of Object.entries(before[section])) {
      if (!(key in after[section])) change.removed.push([section, key, entry]);
    }
  }
  return change;
}

export const isEmptyChange = (change: CacheChange): boolean =>
  change.set.length === 0 && change.removed.length === 0;

/**
 * `cache` with `change` applied, as a new object (callers keep the state they based a call on).
 * A removal applies only while the entry is as the call saw it: another call may have written
 * a newer one meanwhile (two renewals each dropping the other's older token, for instance).
 */
export function withChange(cache: SerializedCache, change: CacheChange): SerializedCache {
  const next = { ...cache } as Record<Section, Record<string, CacheEntry>>;
  const section = (name: Section) => {
    if (next[name] === cache[name]) next[name] = { ...cache[name] };
    return next[name];
  };
  for (const [name, key, seen] of change.removed) {
    if (isDeepStrictEqual(cache[name][key], seen)) delete section(name)[key];
  }
  for (const [name, key, entry] of change.set) section(name)[key] = entry;
  return next;
}

/** One cache per account, by lower-cased home account id; app metadata goes to each. */
export function splitByAccount(cache: SerializedCache): Map<string, SerializedCache> {
  const byAccount = new Map<string, Record<Section, Record<string, CacheEntry>>>();
  for (const section of ACCOUNT_SECTIONS) {
    for (const [key, entry] of Object.entries(cache[section])) {
      const home = entry.home_account_id?.toLowerCase();
      if (!home) continue;
      let part = byAccount.get(home);
      if (!part) {
        part = { ...emptyCache(), AppMetadata: { ...cache.AppMetadata } };
        byAccount.set(home, part);
      }
      part[section][key] = entry;
    }
  }
  return byAccount;
}

/**
 * A new sign-in's entries over what the account had. As msal-node does when it saves an access
 * token, an older one of the same account, app and tenant whose scopes overlap is dropped.
 */
export function withSignIn(existing: SerializedCache, signIn: SerializedCache): SerializedCache {
  const superseded = Object.entries(existing.AccessToken).filter(([, old]) =>
    Object.values(signIn.AccessToken).some((fresh) => supersedes(fresh, old)),
  );
  const change: CacheChange = { set: [], removed: [] };
  for (const [key, entry] of superseded) change.removed.push(['AccessToken', key, entry]);
  for (const section of SECTIONS) {
    for (const [key, entry] of Object.entries(signIn[section]))
      change.set.push([section, key, entry]);
  }
  return withChange(existing, change);
}

/** OpenID Connect scopes say nothing about a resource, so they never make two tokens overlap. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

function supersedes(fresh: CacheEntry, old: CacheEntry): boolean {
  const same = ['home_account_id', 'environment', 'credential_type', 'client_id', 'realm'];
  if (!same.every((field) => fresh[field] === old[field])) return false;
  if ((fresh.token_type ?? 'Bearer') !== (old.token_type ?? 'Bearer')) return false;
  const scopes = (entry: CacheEntry) =>
    String(entry.target ?? '')
      .toLowerCase()
      .split(' ')
      .filter((scope) => scope && !OIDC_SCOPES.has(scope));
  const oldScopes = new Set(scopes(old));
  return scopes(fresh).some((scope) => oldScopes.has(scope));
}
