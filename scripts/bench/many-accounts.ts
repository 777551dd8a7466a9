/**
 * An extra figure, without a goal (issue 16: "many accounts … without a noticeable pause"): a
 * store of 50 connections, each with all six services' tokens (copies of one real sign-in,
 * main/core/testing/many-accounts.ts), with the bench's latency per request. Timed: a new core
 * over the store until `accounts.list` answers; Refresh all (the six bound services), median of
 * its rounds; every one of the 300 account × service pairs connected through
 * `service.useAccount`, each account's six at once. Every answer must be connected, or the
 * measure fails: main/core/faults/many-accounts.fault.int.test.ts asserts the same without
 * timing it. Printed after the table, never counted in it.
 */
import { writeCopiesInto } from '../../main/core/testing/many-accounts';
import { valueOf } from '../../main/core/testing/core-fixture';
import { serviceIds, type ServiceStatus } from '../../preload/contract';
import { connectSixServices, openSandboxWorld, sandboxAdmin } from './sandbox-world';
import { median, ms, progress, timed } from './timing';

const ACCOUNTS = 50;

export async function measureManyAccounts(latencyMs: number, rounds: number): Promise<string> {
  progress(`sandbox: ${ACCOUNTS} accounts × ${serviceIds.length} services`);
  const world = await openSandboxWorld();
  const { f } = world;
  try {
    await connectSixServices(f.core.router, world.window, sandboxAdmin(world));
    await f.core.close();
    await writeCopiesInto(f.storeDir, f.cipher, ACCOUNTS);
    f.emulator.control.setLatency(latencyMs);
    let listed = 0;
    const openMs = await timed(async () => {
      await f.restart();
      listed = (await f.value('accounts.list', {})).length;
    });
    if (listed !== ACCOUNTS) throw new Error(`${listed} of ${ACCOUNTS} connections were listed`);
    const refreshAll: number[] = [];
    for (let i = 0; i < rounds; i++) {
      refreshAll.push(
        await timed(async () => expectConnected(await f.value('service.refreshAll', {}))),
      );
    }
    const accounts = await f.value('accounts.list', {});
    const pairsMs = await timed(async () => {
      for (const account of accounts) {
        const answers = serviceIds.map((serviceId) =>
          f.invoke('service.useAccount', { serviceId, connectionId: account.id }),
        );
        expectConnected((await Promise.all(answers)).map(valueOf));
      }
    });
    return (
      `extra (no goal): ${ACCOUNTS} accounts × ${serviceIds.length} services, ${latencyMs} ms per request: ` +
      `open + list ${ms(openMs)}, Refresh all ${ms(median(refreshAll))} (median of ${rounds}), ` +
      `all ${ACCOUNTS * serviceIds.length} pairs connected in ${ms(pairsMs)}, no failure`
    );
  } finally {
    await world.close();
  }
}

function expectConnected(statuses: ServiceStatus[]): void {
  const failed = statuses.filter((s) => s.state !== 'connected');
  if (failed.length > 0) {
    throw new Error(`not connected: ${failed.map((s) => `${s.serviceId} ${s.state}`).join(', ')}`);
  }
}
