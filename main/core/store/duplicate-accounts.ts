/**
 * Older versions could keep two connections for one person, app and tenant: a connection moved
 * to another app and then a new sign-in through that app, or the app id spelt once in capitals.
 * At start-up each such group becomes one connection, and no service loses its connection: the
 * one kept is the one that still works (else the one keyed as a new sign-in would be, else the
 * oldest), every service of the others moves to it, and a name the person gave one of them
 * stays. Merging rather than leaving them: two entries that read the same could not be told
 * apart, and a later sign-in would refresh only one of them.
 */
import {
  connectionIdFor,
  identityKey,
  namedByPerson,
  type AccountRecord,
  type ConnectionRegistry,
} from './connection-registry';

export interface MergedAccount {
  kept: AccountRecord;
  dropped: AccountRecord;
}

/** Merges every group of duplicates; answers what went into what. */
export function mergeDuplicateAccounts(registry: ConnectionRegistry): MergedAccount[] {
  const groups = new Map<string, AccountRecord[]>();
  for (const account of registry.accounts()) {
    const key = `${account.kind}|${identityKey(account)}`;
    const group = groups.get(key);
    if (group) group.push(account);
    else groups.set(key, [account]);
  }
  const merged: MergedAccount[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [kept, ...others] = [...group].sort(byWhichToKeep);
    for (const dropped of others) {
      registry.moveBindings(dropped.id, kept!.id);
      registry.removeAccount(dropped.id);
      merged.push({ kept: kept!, dropped });
    }
    const named = [kept!, ...others].find(namedByPerson);
    if (named) registry.rename(kept!.id, named.name);
  }
  return merged;
}

/** The one that works first, then the one a new sign-in would key so, then the oldest. */
function byWhichToKeep(a: AccountRecord, b: AccountRecord): number {
  const works = Number(Boolean(a.signInRequired)) - Number(Boolean(b.signInRequired));
  if (works !== 0) return works;
  const keyed = Number(connectionIdFor(b) === b.id) - Number(connectionIdFor(a) === a.id);
  if (keyed !== 0) return keyed;
  return a.createdAt.localeCompare(b.createdAt);
}

/**
 * Removes the secrets of merged-away connections that nothing reads any more: tokens kept under
 * the other spelling of the app id (another cache partition), or an app-only credential of its
 * own. Tokens in the kept connection's own partition are its too, and stay.
 */
export async function forgetMerged(
  merged: readonly MergedAccount[],
  forget: (account: AccountRecord) => Promise<void>,
): Promise<void> {
  for (const { kept, dropped } of merged) {
    if (dropped.kind === 'app-only' || dropped.clientId !== kept.clientId) await forget(dropped);
  }
}
