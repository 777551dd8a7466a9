/**
 * The computer's clock 10 minutes ahead of the true time, or 10 minutes behind (the emulator
 * keeps the true time, in a worker thread of its own): tokens are used and renewed as they
 * should be. msal-node counts a token's life from when it arrived, by the local clock
 * (`expires_in`, and 5 minutes early: `tokenRenewalOffsetSeconds`, 300 by default), so an offset
 * clock neither renews too early nor uses a token past its end, and renews once, never in a loop.
 * The panel says when the token runs out by the same local clock (the token's own `exp` claim
 * is the service's time, which read by a clock 10 minutes off is 10 minutes wrong).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorInWorker } from '../testing/emulator-in-worker';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { shiftClock, type ShiftedClock } from '../testing/shifted-clock';
import { expectStoreKeeps, twoConnections } from './store-fault-steps';
import { keptInStore } from '../testing/kept-in-store';

const MINUTE = 60_000;
/** Tokens of 7 minutes: MSAL uses one for 2 minutes, then renews it (5 minutes before its end). */
const LIFETIME_S = 420;
const USABLE_MS = (LIFETIME_S - 300) * 1000;

let f: CoreFixture;
let clock: ShiftedClock | undefined;
afterEach(async () => {
  clock?.restore();
  clock = undefined;
  await f?.close();
});

const renewals = () =>
  f.emulator.control.requests().filter((r) => r.grantType === 'refresh_token').length;

/** Refreshes Graph `times` times; each is connected. */
async function refreshGraph(times: number) {
  const statuses = [];
  for (let i = 0; i < times; i++) {
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status).toMatchObject({ state: 'connected', probe: { status: 200 } });
    statuses.push(status);
  }
  return statuses.at(-1)!;
}

/** When the token runs out, read by this (offset) clock: its lifetime from now, within 15 s. */
function expectExpiryByLocalClock(expiresAt: string | undefined) {
  const left = Date.parse(expiresAt ?? '') - Date.now();
  expect(Math.abs(left - LIFETIME_S * 1000)).toBeLessThan(15_000);
}

const scenario = (offsetMinutes: number) => async () => {
  f = await startCoreFixture({ startEmulator: startEmulatorInWorker });
  f.emulator.control.setAccessTokenLifetime(LIFETIME_S);
  await twoConnections(f); // signed in with the clock right
  const before = await keptInStore(f);

  clock = shiftClock(offsetMinutes * MINUTE);
  await f.restart(); // the app starts with the clock off
  const start = renewals();
  // A token that arrived before the clock moved: MSAL cannot know its age, so it renews once.
  const first = await refreshGraph(3);
  expect(renewals() - start).toBeLessThanOrEqual(1);
  expectExpiryByLocalClock(first.accessTokenExpiresAt);

  // Within its usable life: used, not renewed.
  const settled = renewals();
  clock.move(USABLE_MS / 2);
  await refreshGraph(3);
  expect(renewals()).toBe(settled);

  // Past it: renewed once, then used again, not renewed on every call.
  clock.move(USABLE_MS);
  const renewed = await refreshGraph(4);
  expect(renewals()).toBe(settled + 1);
  expectExpiryByLocalClock(renewed.accessTokenExpiresAt);
  expect((await f.value('service.refresh', { serviceId: 'entra' })).state).toBe('connected');

  expectStoreKeeps(await keptInStore(f), before);
};

describe('fault: the local clock 10 minutes ahead', () => {
  it(
    'tokens are used, renewed once when due, never in a loop; the panel’s expiry is right',
    scenario(10),
  );
});

describe('fault: the local clock 10 minutes behind', () => {
  it(
    'tokens are used, renewed once when due, never in a loop; the panel’s expiry is right',
    scenario(-10),
  );
});

describe('fault: the local clock set 10 minutes back or forward while the app runs', () => {
  it.each([
    ['back', -10],
    ['forward', 10],
  ])(
    'set %s: the token in hand is renewed once (MSAL cannot tell its age), then used, not renewed again',
    async (_, minutes) => {
      f = await startCoreFixture({ startEmulator: startEmulatorInWorker });
      f.emulator.control.setAccessTokenLifetime(LIFETIME_S);
      await twoConnections(f);
      await refreshGraph(1);
      const before = await keptInStore(f);
      const start = renewals();

      clock = shiftClock(minutes * MINUTE);
      const after = await refreshGraph(4);
      expect(renewals()).toBe(start + 1);
      expectExpiryByLocalClock(after.accessTokenExpiresAt);
      expectStoreKeeps(await keptInStore(f), before);
    },
  );
});
