/**
 * The app quits while a sign-in waits for the person (`core.close()`, which the shell awaits
 * before it lets Electron quit): a device code being polled, MSAL's loopback server waiting
 * for the system browser, the sign-in window open. Each ends by the time close() returns: the
 * port closed, the window closed, no poll sent after, no deadline still set, nothing
 * half-saved; the next start has everything the store held.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../preload/contract';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';
import { nextDeviceCode } from '../testing/core-fixture';
import {
  activeTimers,
  eventually,
  loopbackPortOf,
  refusesConnections,
} from '../testing/sign-in-leftovers';

let world: ConnectedWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Quits (the core closes, as the shell's quit awaits it) and starts again on the same store. */
async function quitAndStartAgain(w: ConnectedWorld, pending: Promise<Result<unknown>>) {
  await w.f.restart();
  expect(await pending).toMatchObject({ ok: false, code: 'cancelled' });
}

/** After the restart: what the store held is all there, and Graph answers as before. */
async function expectNothingLost(w: ConnectedWorld, before: unknown) {
  expect(await w.stored()).toEqual(before);
  expect(await w.refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
}

const polls = (w: ConnectedWorld) =>
  w.f.emulator.control.requests().filter((r) => r.grantType?.includes('device_code')).length;

describe('fault: the app quits during a sign-in', () => {
  it('while a device code is polled: polling stops, the deadline is cleared, nothing saved', async () => {
    const w = (world = await connectedWorld());
    const before = await w.stored();
    const timers = activeTimers();
    const pending = w.startDeviceCode();
    await nextDeviceCode(w.f);
    await eventually(() => polls(w) > 0);
    await quitAndStartAgain(w, pending);
    const sent = polls(w);
    await new Promise((r) => setTimeout(r, 1_500)); // longer than the sandbox's poll interval
    expect(polls(w)).toBe(sent);
    expect(activeTimers()).toBeLessThanOrEqual(timers); // MSAL's last sleep is over too
    await expectNothingLost(w, before);
  });

  it('while the loopback server waits for the browser: its port is closed when close() returns', async () => {
    const w = (world = await connectedWorld());
    const before = await w.stored();
    const pending = w.signIn('system-browser');
    await eventually(() => w.browserOpened.length > 0);
    const port = loopbackPortOf(w.browserOpened[0]!);
    expect(await refusesConnections(port)).toBe(false); // MSAL listens
    await quitAndStartAgain(w, pending);
    expect(await refusesConnections(port)).toBe(true);
    await expectNothingLost(w, before);
  });

  it('while the sign-in window is open: it is closed when close() returns', async () => {
    const w = (world = await connectedWorld());
    const before = await w.stored();
    const timers = activeTimers();
    w.window.answer = 'wait';
    const pending = w.signIn('in-app-window');
    await eventually(() => w.window.openNow === 1);
    await quitAndStartAgain(w, pending);
    expect(w.window.openNow).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
    await expectNothingLost(w, before);
  });
});
