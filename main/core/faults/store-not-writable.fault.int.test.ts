/**
 * The store's folder turns read-only, or the disk fills up, while the app runs: what the person
 * did stays (in memory, on screen), they are told once that it could not be saved, the files
 * keep what they held, and the first save that works writes everything.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { FaultyDisk, type DiskFailure } from '../testing/faulty-disk';
import {
  expectStoreKeeps,
  namesListed,
  noticeListsSent,
  noticesOf,
  twoConnections,
} from './store-fault-steps';
import { keptInStore } from '../testing/kept-in-store';
import { everythingOnDisk } from '../testing/store-inspector';

let f: CoreFixture;
afterEach(async () => f?.close());

/** Renames a connection and connects one more service: a settings write and a secret's write. */
async function workWhileRefused(f: CoreFixture, graph: string) {
  await f.value('accounts.rename', { connectionId: graph, name: 'Tenant admin' });
  const azure = await f.value('service.useAccount', {
    serviceId: 'azureManagement',
    connectionId: graph,
  });
  expect(azure.state).toBe('connected');
}

const scenario = (failure: DiskFailure, said: RegExp) => async () => {
  const disk = new FaultyDisk();
  f = await startCoreFixture({ disk });
  const { graph, entra } = await twoConnections(f);
  const before = await keptInStore(f);
  const onDisk = await everythingOnDisk(f.storeDir, f.cipher);

  disk.fail(failure);
  await workWhileRefused(f, graph);
  await f.value('accounts.rename', { connectionId: entra, name: 'Helpdesk' });
  expect(disk.refused).toBeGreaterThan(1);

  // What the person sees: their changes, and one notice however many saves failed.
  expect(await namesListed(f)).toEqual(['Helpdesk', 'Tenant admin']);
  const [notice, ...more] = await noticesOf(f, 'store_not_saved');
  expect(more).toEqual([]);
  expect(notice?.message).toMatch(said);
  expect(notice?.hint).toContain(f.storeDir);
  // The window was told at once, once (not at each refused write).
  await vi.waitFor(() => expect(noticeListsSent(f)).toEqual([['store_not_saved']]));
  // The files hold exactly what they held before: nothing half-written, nothing lost.
  expect(await everythingOnDisk(f.storeDir, f.cipher)).toBe(onDisk);
  expect(await keptInStore(f)).toEqual(before);

  disk.heal();
  await f.value('accounts.rename', { connectionId: entra, name: 'Service desk' });
  expect(await noticesOf(f, 'store_not_saved')).toEqual([]);
  await vi.waitFor(() => expect(noticeListsSent(f)).toEqual([[]])); // and the notice went
  const saved = await keptInStore(f);
  expectStoreKeeps(saved, before);
  expect(saved.bindings.map((b) => (b as { serviceId: string }).serviceId).sort()).toEqual([
    'azureManagement',
    'entra',
    'graph',
  ]);
  // Everything was written: a restart over the files alone finds it.
  await f.restart();
  expect(await namesListed(f)).toEqual(['Service desk', 'Tenant admin']);
  const azure = await f.value('service.refresh', { serviceId: 'azureManagement' });
  expect(azure).toMatchObject({ state: 'connected', probe: { status: 200 } });
};

describe('fault: the store’s folder made read-only while the app runs', () => {
  it(
    'keeps the changes in memory, says once that they could not be saved, and saves them all when it can',
    scenario('EROFS', /could not save.*read-only/i),
  );
});

describe('fault: the disk full when the app saves', () => {
  it(
    'keeps the changes in memory, says once that they could not be saved, and saves them all when it can',
    scenario('ENOSPC', /could not save.*disk is full/i),
  );
});
