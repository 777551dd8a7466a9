/**
 * MSAL's token cache, persisted through the {@link TokenCacheStore}: one partition per account.
 *
 * msal-node 7 keeps the cache of a client in one in-memory store, clears it before every silent
 * lookup and reloads it through this plugin, and serializes all of it after every change. So:
 * - before each access, MSAL's memory is made exactly the bound account's newest partition
 *   (cleared first: entries left by an earlier call or another account must never be written
 *   back), which costs one account's entries, however many accounts are saved;
 * - after a change, only what this access changed (compared with the state it started from) is
 *   merged into the newest partition, so calls on other clients for the same account, running
 *   at the same time, do not overwrite each other's tokens, and removals (a refresh token MSAL
 *   dropped, `removeAccount`) still reach the disk.
 *
 * A client for new sign-ins is bound to no account: it starts empty each time, and whatever the
 * sign-in wrote goes to the partition of the account it signed in.
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { changeBetween, emptyCache, parseCache } from './serialized-cache';
import type { PartitionView, TokenCacheStore } from './token-cache-store';

const EMPTY = JSON.stringify(emptyCache());

export interface EncryptedCachePluginDeps {
  store: TokenCacheStore;
  /** The cloud and app of the client, e.g. `msal-cache:sandbox:<clientId>`. */
  cloudApp: string;
  /** Empties the client's in-memory cache (`PublicClientApplication.clearCache`). */
  clearMemory: () => void;
}

export class EncryptedCachePlugin implements ICachePlugin {
  /** The account the client works for now; none for a client of new sign-ins. */
  private account?: string;
  /** The partition each access started from, to tell what it changed. */
  private readonly started = new WeakMap<
    TokenCacheContext,
    { account: string; view: PartitionView }
  >();

  private readonly store: TokenCacheStore;
  private readonly cloudApp: string;
  private readonly clearMemory: () => void;

  constructor({ store, cloudApp, clearMemory }: EncryptedCachePluginDeps) {
    this.store = store;
    this.cloudApp = cloudApp;
    this.clearMemory = clearMemory;
  }

  /** Binds the client to one saved account (by home account id), or to none. */
  bind(homeAccountId: string | undefined): void {
    this.account = homeAccountId;
  }

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    const account = this.account;
    const view = account === undefined ? undefined : await this.store.view(this.cloudApp, account);
    this.clearMemory();
    context.tokenCache.deserialize(view?.text ?? EMPTY);
    if (account !== undefined && view) this.started.set(context, { account, view });
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!context.cacheHasChanged) return;
    const after = parseCache(context.tokenCache.serialize());
    const started = this.started.get(context);
    if (!started) return this.store.receiveSignIn(this.cloudApp, after);
    await this.store.change(
      this.cloudApp,
      started.account,
      started.view,
      changeBetween(started.view.cache, after),
    );
  }
}
