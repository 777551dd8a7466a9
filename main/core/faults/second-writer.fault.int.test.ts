/**
 * Two copies of the app on one store (the Electron app allows one, main/electron/index.ts; this
 * is the core's own guard, for a copy that got past it): two cores on one folder, writing in
 * turn and at once. The first to open the store keeps writing it; the second keeps its changes
 * in memory and says once that they are not saved. So the settings file always parses, holds
 * one writer's whole state, and every connection in it has its sign-in beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskCore } from '../desk-core';
import { STORE_FILES } from '../store/open-store';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { accountPartition, cloudAppPartition } from '../msal/token-cache-store';
import type { AccountRecord } from '../store/connection-registry';
import {
  commandsOf,
  expectStoreKeeps,
  namesListed,
  noticesOf,
  twoConnections,
} from './store-fault-steps';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
let second: DeskCore | undefined;
afterEach(async () => {
  await second?.close();
  await f?.close();
});

/** The settings file parses, and every connection and binding in it is whole. */
async function expectConsistentFile(f: CoreFixture) {
  const text = readFileSync(join(f.storeDir, `${STORE_FILES.settings}.json`), 'utf8');
  const settings = JSON.parse(text) as {
    accounts: AccountRecord[];
    bindings: { connectionId: string }[];
  };
  const ids = new Set(settings.accounts.map((a) => a.id));
  for (const binding of settings.bindings) expect(ids).toContain(binding.connectionId);
  const secrets = Object.keys((await keptInStore(f)).secrets);
  for (const a of settings.accounts) {
    expect(secrets).toContain(
      accountPartition(cloudAppPartition(a.cloud, a.clientId), a.homeAccountId),
    );
  }
  return settings;
}

describe('fault: a second copy of the app on the same store', () => {
  it('the first copy keeps writing; the second says once that it saves nothing; the file is never torn', async () => {
    f = await startCoreFixture();
    const { graph, entra } = await twoConnections(f);
    const before = await keptInStore(f);
    second = f.another();
    const [one, two] = [commandsOf(f.core), commandsOf(second)];

    // In turn: each renames, each connects one more service through the admin's connection.
    await two.value('accounts.rename', { connectionId: graph, name: 'From second' });
    await one.value('accounts.rename', { connectionId: entra, name: 'From first' });
    await one.value('service.useAccount', { serviceId: 'managementApi', connectionId: graph });
    await two.value('service.useAccount', { serviceId: 'azureManagement', connectionId: graph });
    await expectConsistentFile(f);
    // At once: ten renames each, interleaved.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        one.value('accounts.rename', { connectionId: graph, name: `First ${i}` }),
        two.value('accounts.rename', { connectionId: entra, name: `Second ${i}` }),
      ]).flat(),
    );
    await two.value('accounts.rename', { connectionId: graph, name: 'Second last' });

    // The file holds the first copy's state, whole.
    const settings = await expectConsistentFile(f);
    expect(settings.accounts.map((a) => a.name).sort()).toEqual(['First 9', 'From first']);
    expect(await namesListed(one)).toEqual(['First 9', 'From first']);
    expectStoreKeeps(await keptInStore(f), before);
    // The person at the first copy is told nothing; at the second, once, what to do.
    expect(await noticesOf(one, 'store_in_use')).toEqual([]);
    const told = await noticesOf(two, 'store_in_use');
    expect(told).toHaveLength(1);
    expect(told[0]!.hint).toMatch(/close this window/i);
    // The second copy still shows its own changes, for as long as it is open.
    expect(await namesListed(two)).toEqual(['Second 9', 'Second last']);

    // Closing the second writes nothing either; the next start finds the first copy's state.
    await second.close();
    second = undefined;
    await f.restart();
    expect(await namesListed(f)).toEqual(['First 9', 'From first']);
    expect(await noticesOf(f, 'store_in_use')).toEqual([]);
  });
});
