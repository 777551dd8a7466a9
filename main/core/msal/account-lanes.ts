/**
 * Runs the silent MSAL calls of saved accounts of one cloud and app, concurrently.
 *
 * Why more than one client: msal-node keeps one in-memory cache per `PublicClientApplication`
 * and clears it at the start of every silent call, so two calls on one client can see each
 * other's half-loaded cache (a lookup that finds nothing, tokens saved into a cache another
 * call just cleared). Calls on one client must therefore run one at a time. Instead of queueing
 * every call of the app behind one client (six renewals of Refresh all, one after another), each
 * call takes a client of its own from a pool of idle ones (made on demand, so as many as ran at
 * once), bound to the account's cache partition for the call; the cache plugin merges what each
 * call changed into the partition, so parallel renewals keep each other's tokens.
 *
 * Calls for the same account and scopes still queue behind each other: the first renews the
 * token, the others then find it in the cache (one network refresh for any number of requests).
 * Calls with other scopes of the same resource do not wait: the token service answers a renewal
 * with the scopes asked for, so one renewal would not serve the other (Graph and Entra ID).
 */
import type { PublicClientApplication } from '@azure/msal-node';
import type { EncryptedCachePlugin } from './encrypted-cache-plugin';

/** A client and its cache plugin, used by one call at a time. */
export interface Lane {
  pca: PublicClientApplication;
  plugin: EncryptedCachePlugin;
}

/**
 * Idle clients kept for reuse: Refresh all needs six at once. More may run at once (many
 * accounts asked together); those are dropped after their call rather than kept forever.
 */
const KEPT_IDLE = 8;

export class AccountLanes {
  private readonly idle: Lane[] = [];
  /** The last call queued per account and scopes (settled ones are dropped). */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly newLane: () => Lane) {}

  /** Runs `work` on a client of its own whose cache is the account's partition. */
  run<T>(
    homeAccountId: string,
    scopes: readonly string[],
    work: (pca: PublicClientApplication) => Promise<T>,
  ): Promise<T> {
    const key = `${homeAccountId.toLowerCase()} ${[...scopes]
      .map((s) => s.toLowerCase())
      .sort()
      .join(' ')}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const call = previous.then(() => this.onLane(homeAccountId, work));
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return call;
  }

  private async onLane<T>(
    homeAccountId: string,
    work: (pca: PublicClientApplication) => Promise<T>,
  ): Promise<T> {
    const lane = this.idle.pop() ?? this.newLane();
    lane.plugin.bind(homeAccountId);
    try {
      return await work(lane.pca);
    } finally {
      lane.plugin.bind(undefined);
      if (this.idle.length < KEPT_IDLE) this.idle.push(lane);
    }
  }
}
