/**
 * AccountLanes hands each call a client of its own: calls for other scopes or accounts run at
 * once, calls for the same account and scopes one after another, and a client never serves two
 * calls at the same time. Clients are made on demand and a bounded number kept for reuse.
 */
import type { PublicClientApplication } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { AccountLanes, type Lane } from './account-lanes';
import type { EncryptedCachePlugin } from './encrypted-cache-plugin';

/** Lanes over stand-in clients that record who they are bound to. */
function lanes() {
  const made: { bound: (string | undefined)[] }[] = [];
  const pool = new AccountLanes(() => {
    const lane = { bound: [] as (string | undefined)[] };
    made.push(lane);
    const plugin = { bind: (home: string | undefined) => lane.bound.push(home) };
    return {
      pca: lane as unknown as PublicClientApplication,
      plugin: plugin as unknown as EncryptedCachePlugin,
    } satisfies Lane;
  });
  let running = 0;
  let most = 0;
  const busy = new Set<unknown>();
  /** A call that takes a few turns of the event loop, checking its client is its own. */
  const call = (home: string, scopes: string[]) =>
    pool.run(home, scopes, async (pca) => {
      expect(busy.has(pca)).toBe(false);
      busy.add(pca);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      busy.delete(pca);
      return home;
    });
  return { call, made, most: () => most };
}

describe('AccountLanes', () => {
  it('runs calls for other scopes at once, each on its own client, bound to the account', async () => {
    const { call, made, most } = lanes();
    const scopes = ['graph/User.Read', 'exchange/Mail.Read', 'sharepoint/AllSites.Read'];
    await Promise.all(scopes.map((s) => call('Home-1', [s])));
    expect(most()).toBe(3);
    expect(made).toHaveLength(3);
    expect(made.map((m) => m.bound)).toEqual(Array(3).fill(['Home-1', undefined]));
  });

  it('runs calls for the same account and scopes one after another, in any scope order', async () => {
    const { call, made, most } = lanes();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call('home-1', i % 2 ? ['b', 'A'] : ['a', 'B'])),
    );
    expect(results).toEqual(Array(50).fill('home-1'));
    expect(most()).toBe(1);
    expect(made).toHaveLength(1);
  });

  it('keeps a bounded number of idle clients after a burst', async () => {
    const { call, made } = lanes();
    await Promise.all(Array.from({ length: 20 }, (_, i) => call(`home-${i}`, ['graph'])));
    expect(made).toHaveLength(20);
    await Promise.all(Array.from({ length: 20 }, (_, i) => call(`home-${i}`, ['graph'])));
    expect(made).toHaveLength(32); // 8 reused, 12 made anew
  });
});
