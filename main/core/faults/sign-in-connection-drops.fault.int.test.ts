/**
 * The connection drops (or the token service stops answering) in the middle of a new sign-in:
 * while the device code is polled, and while the sign-in window's code is redeemed. The flow
 * either recovers or ends with a message that says what happened; no account is half saved.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { NETWORK_BOUNDS } from '../net/network-bounds';
import { ScriptedWindow } from '../testing/scripted-window';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  type CoreFixture,
} from '../testing/core-fixture';
import { SHORT_BOUNDS, TOKEN_ENDPOINT, admin, requestsTo } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const TRIES = NETWORK_BOUNDS.retryDelaysMs.length + 1;
const tokenRequests = () => requestsTo(f, TOKEN_ENDPOINT).length;

/** Nothing of the failed sign-in is anywhere: no account, no panel, nothing new in the store. */
async function expectNothingSaved(before: Awaited<ReturnType<typeof keptInStore>>) {
  expect(await f.value('accounts.list', {})).toEqual([]);
  expect((await f.value('service.refresh', { serviceId: 'graph' })).state).toBe('disconnected');
  expect(await keptInStore(f)).toEqual(before);
}

describe('fault: the connection drops while the device code is polled', () => {
  it('dropped once: the poll is sent again and the sign-in completes', async () => {
    f = await startCoreFixture();
    f.emulator.control.faultNext('token', { kind: 'reset' });
    const result = await signInByDeviceCode(f, 'graph', admin(f));
    expect(result).toMatchObject({ ok: true, value: { state: 'connected' } });
    expect(await f.value('accounts.list', {})).toHaveLength(1);
  });

  it('dropped on every try: the sign-in ends saying so, and nothing is saved', async () => {
    f = await startCoreFixture();
    const before = await keptInStore(f);
    f.emulator.control.faultNext('token', { kind: 'reset' }, TRIES);
    const result = await signInByDeviceCode(f, 'graph', admin(f));
    expect(result).toMatchObject({
      ok: false,
      code: 'connection_dropped',
      message: expect.stringContaining(`dropped before it answered (${TRIES} tries)`),
      hint: expect.stringContaining('Nothing was saved'),
    });
    await expectNothingSaved(before);
  });
});

describe('fault: the connection drops or hangs while the sign-in code is redeemed', () => {
  async function windowFixture(bounds = NETWORK_BOUNDS) {
    const window = new ScriptedWindow();
    f = await startCoreFixture({ signInWindow: window, networkBounds: bounds });
    window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
    window.person = userWithRole(f, 'Global Administrator');
  }
  const signInWithWindow = () =>
    f.invoke('signIn.interactive', {
      serviceId: 'graph',
      cloud: 'sandbox',
      method: 'in-app-window',
    });

  it('dropped: ends at once (a code is good once), says so, saves nothing; signing in again works', async () => {
    await windowFixture();
    const before = await keptInStore(f);
    const sent = tokenRequests();
    f.emulator.control.faultNext('token', { kind: 'reset' });

    expect(await signInWithWindow()).toMatchObject({
      ok: false,
      code: 'connection_dropped',
      message: expect.stringMatching(/connection to Microsoft's sign-in service dropped/),
      hint: expect.stringContaining('Nothing was saved'),
    });
    expect(tokenRequests() - sent).toBe(1); // the one-time code was not sent twice
    await expectNothingSaved(before);

    expect(await signInWithWindow()).toMatchObject({ ok: true, value: { state: 'connected' } });
  });

  it('no answer: ends when the token request’s bound has passed, says so, saves nothing', async () => {
    await windowFixture(SHORT_BOUNDS);
    const before = await keptInStore(f);
    f.emulator.control.faultNext('token', { kind: 'hang' });

    expect(await signInWithWindow()).toMatchObject({
      ok: false,
      code: 'network_timeout',
      message: "Microsoft's sign-in service did not answer within 1 second.",
      hint: expect.stringContaining('Nothing was saved'),
    });
    expect(f.emulator.control.releaseHeld()).toBe(1); // it was still unanswered: nothing redeemed
    await expectNothingSaved(before);
  });
});
