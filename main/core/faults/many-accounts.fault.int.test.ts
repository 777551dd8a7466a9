/**
 * Many accounts: 50 connections, each with all six services' tokens, load (a new core over the
 * store lists every connection and paints every panel), refresh (Refresh all, and each of the
 * 300 account × service pairs connected in turn) and render (every answer and event is what
 * the contract lets the renderer have) without one failure, and lose nothing. The 50 are copies
 * of one real sign-in (testing/many-accounts.ts); how long it takes is a figure of the bench
 * (scripts/bench/many-accounts.ts), not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import { serviceCatalog } from '../services/service-catalog';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { writeCopiesInto } from '../testing/many-accounts';
import { inspectStoreDir } from '../testing/store-inspector';

const ACCOUNTS = 50;
const serviceIds: ServiceId[] = serviceCatalog.map((s) => s.id);
let f: CoreFixture;

beforeAll(async () => {
  f = await startCoreFixture();
  const connectionId = valueOf(
    await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
  ).connectionId!;
  for (const serviceId of serviceIds.filter((id) => id !== 'graph')) {
    expect(await f.value('service.useAccount', { serviceId, connectionId })).toMatchObject({
      state: 'connected',
    });
  }
  await f.core.close();
  await writeCopiesInto(f.storeDir, f.cipher, ACCOUNTS);
  await f.restart(); // the app starting on a store of 50 connections
});
afterAll(async () => f?.close());

/** The tokens the store holds, by their cache keys, and the connections. */
async function held() {
  const { accounts, tokenCache } = await inspectStoreDir(f.storeDir, f.cipher);
  return {
    accounts,
    refreshTokens: Object.keys(tokenCache?.RefreshToken ?? {}).sort(),
    accessTokens: Object.keys(tokenCache?.AccessToken ?? {}).length,
  };
}

const healthy = (status: ServiceStatus) =>
  status.state === 'connected' && status.probe?.status === 200 && !status.problem;

describe('fault: many accounts (50 connections × 6 services)', () => {
  it('load, refresh and render without a failure, and nothing lost', async () => {
    const before = await held();
    expect(before.accounts).toHaveLength(ACCOUNTS);
    expect(before.refreshTokens).toHaveLength(ACCOUNTS);

    // Load: every connection listed, every panel painted from the store.
    const accounts = await f.value('accounts.list', {});
    expect(accounts).toHaveLength(ACCOUNTS);
    expect(accounts.filter((a) => a.signInRequired)).toEqual([]);
    const panels = await f.value('service.list', {});
    expect(panels.map((p) => p.serviceId)).toEqual(serviceIds);
    for (const { status } of panels) expect(status.connectionId).toMatch(/^copy-/);

    // Refresh all: six checks, each connected.
    const all = await f.value('service.refreshAll', {});
    expect(all.filter((s) => !healthy(s))).toEqual([]);

    // Every account for every service, one pair after another, through the router.
    const failures: string[] = [];
    for (const account of accounts) {
      const statuses = await Promise.all(
        serviceIds.map((serviceId) =>
          f.value('service.useAccount', { serviceId, connectionId: account.id }),
        ),
      );
      for (const s of statuses)
        if (!healthy(s)) failures.push(`${account.id} ${s.serviceId}: ${s.state}`);
    }
    expect(failures).toEqual([]);

    // Render: every event the renderer got parsed against the contract (the fixture's sink),
    // and none told of a failure.
    const changed = f.events.filter((e) => e.name === 'service.changed');
    expect(changed.length).toBeGreaterThanOrEqual(ACCOUNTS * serviceIds.length);
    const told = changed.map((e) => e.payload as ServiceStatus);
    expect(told.filter((s) => s.problem || ['error', 'needs-sign-in'].includes(s.state))).toEqual(
      [],
    );

    expect(await held()).toEqual(before);
  });
});
