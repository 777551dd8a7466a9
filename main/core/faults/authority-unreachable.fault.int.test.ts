/**
 * Nothing listens where the authority and the services are (the network is down, a VPN
 * dropped): at start-up and during a refresh, every connection stays as it was, each panel says
 * its service could not be reached, nothing is deleted, and once it is back, Refresh all works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { serviceIds } from '../../../preload/contract';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { connectAllSix, startEmulatorAgain, statesOf, stopEmulator } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const refreshAll = () => f.value('service.refreshAll', {});
const allIn = (state: string) => Object.fromEntries(serviceIds.map((id) => [id, state]));

async function expectUnreachableEverywhere(who: (label: string) => RegExp): Promise<void> {
  const statuses = await refreshAll();
  expect(statesOf(statuses)).toEqual(allIn('error'));
  const panels = await f.value('service.list', {});
  for (const status of statuses) {
    const label = panels.find((p) => p.serviceId === status.serviceId)!.label;
    expect(status.problem, status.serviceId).toMatchObject({
      code: 'network_unreachable',
      message: expect.stringMatching(who(label)),
      hint: expect.stringContaining('Check your network connection'),
    });
  }
  const [account] = await f.value('accounts.list', {});
  expect(account?.services).toHaveLength(serviceIds.length);
  expect(account?.signInRequired).toBeUndefined();
}

describe('fault: the authority and the services are unreachable at start-up', () => {
  it('each panel says its service could not be reached; nothing is deleted; back, all connect', async () => {
    f = await startCoreFixture();
    await connectAllSix(f);
    const before = await keptInStore(f);
    await stopEmulator(f);
    await f.restart();

    expect(statesOf((await f.value('service.list', {})).map((p) => p.status))).toEqual(
      allIn('connected'), // painted from the saved connections, each still being checked
    );
    await expectUnreachableEverywhere((label) => new RegExp(`^${label} could not be reached`));
    expect(await keptInStore(f)).toEqual(before);

    await startEmulatorAgain(f);
    expect(statesOf(await refreshAll())).toEqual(allIn('connected'));
  });
});

describe('fault: the authority is unreachable while tokens are renewed', () => {
  it('each panel says the sign-in service could not be reached; the sign-ins are kept; back, all connect', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120); // every token due for renewal
    await connectAllSix(f);
    const before = await keptInStore(f);
    await stopEmulator(f);

    await expectUnreachableEverywhere(() => /^Microsoft's sign-in service could not be reached/);
    expect(await keptInStore(f)).toEqual(before);

    await startEmulatorAgain(f);
    expect(statesOf(await refreshAll())).toEqual(allIn('connected'));
  });
});
