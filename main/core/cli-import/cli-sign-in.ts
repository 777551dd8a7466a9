/**
 * One delegated CLI connection's sign-in, moved into M365 Desk's token cache: the CLI's account,
 * id token and refresh token for its app (its access tokens are left behind), filed under the
 * cloud M365 Desk reaches (the sandbox is reached at its own origin, not Microsoft's names).
 */
import { emptyCache, type CacheEntry, type SerializedCache } from '../msal/serialized-cache';

type Sections = Record<'Account' | 'IdToken' | 'RefreshToken', Record<string, CacheEntry>>;

/** The account's entries from the CLI's serialized cache, re-filed under `environment`. */
export function cliSignIn(
  cliCacheText: string,
  homeAccountId: string,
  clientId: string,
  environment: string,
): SerializedCache {
  const cli = JSON.parse(cliCacheText) as Partial<Sections>;
  const moved: Sections = { Account: {}, IdToken: {}, RefreshToken: {} };
  for (const section of ['Account', 'IdToken', 'RefreshToken'] as const) {
    for (const [key, entry] of Object.entries(cli[section] ?? {})) {
      if (entry.home_account_id !== homeAccountId) continue;
      const id = typeof entry.client_id === 'string' ? entry.client_id.toLowerCase() : undefined;
      if (section !== 'Account' && id !== clientId) continue;
      const from = String(entry.environment);
      const refiled = key
        .replace(`-${from}-`, `-${environment}-`)
        .replaceAll(`-${id ?? ''}-`, `-${clientId}-`);
      moved[section][refiled] = {
        ...entry,
        environment,
        ...(id ? { client_id: clientId } : {}),
      };
    }
  }
  return { ...emptyCache(), ...moved };
}
