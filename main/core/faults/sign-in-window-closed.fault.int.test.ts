/**
 * The person closes the sign-in window halfway (the sign-in page was showing): the sign-in
 * ends as "cancelled", which the renderer takes as the person's choice (no problem shown), and
 * leaves nothing behind: no flow still pending, no deadline still set, no half-saved account,
 * and the connection that was there before is as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';
import { activeTimers, pendingFlowId, stillPending } from '../testing/sign-in-leftovers';

let world: ConnectedWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('fault: the person closes the sign-in window mid sign-in', () => {
  it('ends as cancelled (not an error), nothing pending, nothing half-saved', async () => {
    const w = (world = await connectedWorld());
    const before = await w.stored();
    const timers = activeTimers();
    w.window.answer = 'close';
    const result = await w.signIn('in-app-window');
    expect(w.window.opened).toHaveLength(1);
    expect(result).toEqual({ ok: false, code: 'cancelled', message: 'Sign-in was cancelled.' });
    expect(await stillPending(w.f, await pendingFlowId(w.f))).toBe(false);
    expect(activeTimers()).toBeLessThanOrEqual(timers); // the 10-minute deadline is cleared
    // The panel it was for is back to where it was; Graph's connection is untouched.
    expect(await w.f.value('service.refresh', { serviceId: 'sharepoint' })).toMatchObject({
      state: 'disconnected',
    });
    expect(w.f.events.filter((e) => e.name === 'service.changed').at(-1)?.payload).toMatchObject({
      serviceId: 'sharepoint',
      state: 'disconnected',
    });
    expect(await w.stored()).toEqual(before);
    expect(await w.refreshGraph()).toMatchObject({ state: 'connected' });
  });

  it('closed while signing in again an account that is connected: the old sign-in stays', async () => {
    const w = (world = await connectedWorld());
    const [graph] = await w.f.value('accounts.list', {});
    const before = await w.stored();
    w.window.answer = 'close';
    const result = await w.f.invoke('signIn.interactive', {
      serviceId: 'graph',
      cloud: 'sandbox',
      method: 'in-app-window',
      replacesConnectionId: graph!.id,
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await w.stored()).toEqual(before);
    expect(await w.refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });
});
