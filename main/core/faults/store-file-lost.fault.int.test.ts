/**
 * The settings file deleted, or cut short, by something else while the app runs: the app holds
 * the whole store in memory, so the person sees every connection as before, and the file is
 * written again whole, at the next save or at the latest when the app closes, so a restart
 * finds everything (before, a quit right after the damage started the next run empty).
 */
import { readFileSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILES } from '../store/open-store';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { expectStoreKeeps, namesListed, twoConnections } from './store-fault-steps';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const settingsFile = (f: CoreFixture) => join(f.storeDir, `${STORE_FILES.settings}.json`);

/** What the person sees after the damage: both connections, both services connected. */
async function expectNothingChangedOnScreen(f: CoreFixture, names: string[]) {
  expect(await namesListed(f)).toEqual(names);
  for (const serviceId of ['graph', 'entra'] as const) {
    const status = await f.value('service.refresh', { serviceId });
    expect([serviceId, status.state]).toEqual([serviceId, 'connected']);
  }
  expect((await f.value('app.info', {})).notices).toEqual([]);
}

/** After a restart over the files alone: every connection and sign-in is there. */
async function expectRestartFindsAll(f: CoreFixture, names: string[]) {
  await f.restart();
  expect((await f.value('app.info', {})).notices).toEqual([]);
  await expectNothingChangedOnScreen(f, names);
}

describe('fault: the store file deleted while the app runs', () => {
  it('shows everything as before, and the next save writes the whole file again', async () => {
    f = await startCoreFixture();
    const { graph } = await twoConnections(f);
    const names = await namesListed(f);
    const before = await keptInStore(f);

    rmSync(settingsFile(f));
    await expectNothingChangedOnScreen(f, names);

    await f.value('accounts.rename', { connectionId: graph, name: 'Tenant admin' });
    const saved = await keptInStore(f);
    expectStoreKeeps(saved, before);
    expect(saved.bindings).toEqual(before.bindings);
    const renamed = await namesListed(f);
    expect(renamed).toContain('Tenant admin');
    await expectRestartFindsAll(f, renamed);
  });

  it('with no save before the app closes: the file is written again as it closes', async () => {
    f = await startCoreFixture();
    await twoConnections(f);
    const names = await namesListed(f);
    const before = await keptInStore(f);

    rmSync(settingsFile(f));
    await expectNothingChangedOnScreen(f, names);

    await expectRestartFindsAll(f, names);
    expectStoreKeeps(await keptInStore(f), before);
  });
});

describe('fault: the store file truncated while the app runs', () => {
  it('shows everything as before, and the file is whole again when the app closes', async () => {
    f = await startCoreFixture();
    await twoConnections(f);
    const names = await namesListed(f);
    const before = await keptInStore(f);

    truncateSync(settingsFile(f), Math.floor(readFileSync(settingsFile(f)).length / 2));
    await expectNothingChangedOnScreen(f, names);

    await expectRestartFindsAll(f, names);
    const after = await keptInStore(f);
    expectStoreKeeps(after, before);
    expect(after.accounts).toEqual(before.accounts);
  });
});
