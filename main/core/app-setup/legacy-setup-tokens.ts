/**
 * Earlier versions kept Set up app's sign-in (Azure CLI's app, with Application.ReadWrite.All
 * and AppRoleAssignment.ReadWrite.All) in the encrypted MSAL cache, where it outlived the
 * session and nothing in the UI could remove it. The session is memory-only now; this removes
 * what older versions left behind, once at start-up.
 *
 * A person may also use Azure CLI's app id for an ordinary connection (it is a valid public
 * client), so only accounts that no saved connection names are removed.
 */
import { CloudId } from '../../../preload/contract';
import type { AccountRecord } from '../store/connection-registry';
import { SecretUnreadableError, type SecretVault } from '../store/secret-vault';
import { BOOTSTRAP_CLIENT_ID } from './permission-catalog';

/** The sections of msal-node's serialized cache that belong to one account. */
const ACCOUNT_SECTIONS = ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const;

type SerializedCache = Record<string, Record<string, { home_account_id?: string }> | undefined>;

/** Returns how many setup accounts it removed. Never throws for a cache it cannot read. */
export async function purgeLegacySetupTokens(
  vault: SecretVault,
  connections: AccountRecord[],
): Promise<number> {
  let removed = 0;
  for (const name of setupPartitions(vault)) {
    const cloud = setupPartitionCloud(name);
    if (!cloud) continue;
    const keep = new Set(
      connections
        .filter((c) => c.cloud === cloud && c.clientId.toLowerCase() === BOOTSTRAP_CLIENT_ID)
        .map((c) => c.homeAccountId),
    );
    const cache = await readCache(vault, name);
    if (!cache) {
      // Unreadable (another keystore): with no connection of this app it is setup's alone.
      if (keep.size === 0 && cache === null) vault.remove(name);
      continue;
    }
    const before = Object.keys(cache.Account ?? {}).length;
    const kept = withOnlyAccounts(cache, keep);
    const after = Object.keys(kept.Account ?? {}).length;
    if (JSON.stringify(kept) === JSON.stringify(cache)) continue;
    removed += before - after;
    if (after === 0) vault.remove(name);
    else await vault.write(name, JSON.stringify(kept));
  }
  return removed;
}

/**
 * The partitions that may be Azure CLI's, in every cloud, listed without every account's: each
 * cloud's partitions of a whole app (older versions kept one per cloud and app), and Azure
 * CLI's partitions of one account each.
 */
function setupPartitions(vault: SecretVault): string[] {
  return CloudId.options.flatMap((cloud) => [
    ...vault.names(`msal-cache:${cloud}`),
    ...vault.names(`msal-cache:${cloud}:${BOOTSTRAP_CLIENT_ID}`),
  ]);
}

/**
 * `msal-cache:<cloud>:<Azure CLI's client id>` (older versions: every account of the app) or
 * `…:<homeAccountId>` (one account, since the cache is split by account) → the cloud.
 */
function setupPartitionCloud(secretName: string): string | undefined {
  const match = /^msal-cache:([^:]+):([0-9a-f-]{36})(?::[^:]+)?$/i.exec(secretName);
  return match && match[2]!.toLowerCase() === BOOTSTRAP_CLIENT_ID ? match[1] : undefined;
}

/** The parsed cache; `null` when it cannot be decrypted or parsed; undefined when absent. */
async function readCache(
  vault: SecretVault,
  name: string,
): Promise<SerializedCache | null | undefined> {
  try {
    const text = await vault.read(name);
    return text === undefined ? undefined : (JSON.parse(text) as SerializedCache);
  } catch (error) {
    if (error instanceof SecretUnreadableError || error instanceof SyntaxError) return null;
    throw error;
  }
}

function withOnlyAccounts(cache: SerializedCache, keep: Set<string>): SerializedCache {
  const result: SerializedCache = { ...cache };
  for (const section of ACCOUNT_SECTIONS) {
    const entries = cache[section];
    if (!entries) continue;
    result[section] = Object.fromEntries(
      Object.entries(entries).filter(
        ([, entry]) => entry.home_account_id !== undefined && keep.has(entry.home_account_id),
      ),
    );
  }
  return result;
}
