/**
 * App-only with a certificate while the computer's clock is 10 minutes fast (the emulator keeps
 * the true time, in its own worker thread). Unlike a delegated sign-in, the app signs a request
 * (the client assertion) with this clock's time, which Entra accepts within 5 minutes of its own
 * (AADSTS700024 beyond that): the panel says the clock is the cause and how to fix it, the
 * connection and its credential stay, and with the clock right it connects again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorInWorker } from '../testing/emulator-in-worker';
import { signInAppOnly, startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { shiftClock, type ShiftedClock } from '../testing/shifted-clock';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
let clock: ShiftedClock | undefined;
afterEach(async () => {
  clock?.restore();
  await f?.close();
});

describe('fault: the local clock 10 minutes ahead, for an app signing in with a certificate', () => {
  it('says the clock is off and how to set it, keeps the connection, and connects once it is right', async () => {
    f = await startCoreFixture({ startEmulator: startEmulatorInWorker });
    await signInAppOnly(f, 'graph', 'certificate');
    const before = await keptInStore(f);

    clock = shiftClock(10 * 60_000);
    await f.restart();
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status.state).toBe('error');
    expect(status.problem?.code).toBe('AADSTS700024');
    expect(status.problem?.message).toMatch(/clock/i);
    expect(status.problem?.hint).toMatch(/set .*time automatically/i);
    // No button of its own: the hint's fix is the clock's, then the panel's Refresh (state error).
    expect(status.problem?.remedy).toBeUndefined();
    // The connection, its binding and its credential, as they were.
    expect(await keptInStore(f)).toEqual(before);

    clock.restore();
    clock = undefined;
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
      probe: { status: 200 },
    });
  });
});
