/**
 * Entra refuses on the sign-in page itself, after the person signed in (Conditional Access is
 * judged there): it sends the app `error` and an `error_description` starting "AADSTS53000:"
 * (to the redirect URI, or to MSAL's loopback as a form_post), or stops on its own error page.
 * Both interactive ways of the app say it in the same plain words, and offer what fits where the
 * refusal came from: the sign-in window points to the system browser, which carries this
 * device's own sign-in state; the system browser itself cannot be offered again, so there the
 * words say the device must be enrolled and compliant, and the way on is signing in again after.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';

let world: ConnectedWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const COMPLIANT_ONLY = /only compliant devices/i;

/** What the panels say after the refused sign-in: nothing was saved, Graph is as it was. */
async function statesAfter(w: ConnectedWorld) {
  const panels = await w.f.value('service.list', {});
  const state = (id: string) => panels.find((p) => p.serviceId === id)?.status.state;
  return { sharepoint: state('sharepoint'), graph: state('graph') };
}

describe('AADSTS53000 on the sign-in page, in the sign-in window', () => {
  it.each(['redirect', 'page'] as const)(
    'as a %s: the system browser is offered, and why',
    async (how) => {
      const w = (world = await connectedWorld());
      w.f.emulator.control.failAuthorize(53000, 1, how);
      const refused = await w.signIn('in-app-window');
      expect(refused).toMatchObject({
        ok: false,
        code: 'AADSTS53000',
        message: expect.stringMatching(COMPLIANT_ONLY),
        hint: expect.stringMatching(/system browser.*this device’s own sign-in state/i),
        remedy: 'browser-instead',
      });
      expect(await statesAfter(w)).toEqual({ sharepoint: 'disconnected', graph: 'connected' });
      // No code was issued, so none was redeemed.
      const redeemed = w.f.emulator.control
        .requests()
        .filter((r) => r.grantType === 'authorization_code');
      expect(redeemed).toEqual([]);
    },
  );
});

describe('AADSTS53000 on the sign-in page, in the system browser', () => {
  it('says the device must be enrolled and compliant, and does not offer the browser again', async () => {
    const w = (world = await connectedWorld());
    w.browserSignsIn = true;
    w.f.emulator.control.failAuthorize(53000, 1);
    const refused = await w.signIn('system-browser');
    expect(refused).toMatchObject({
      ok: false,
      code: 'AADSTS53000',
      message: expect.stringMatching(COMPLIANT_ONLY),
      hint: expect.stringMatching(/enrol.*compliant|compliant.*enrol/i),
      remedy: 'sign-in-again',
    });
    expect(refused).not.toMatchObject({ hint: expect.stringMatching(/browser instead/i) });
    expect(await statesAfter(w)).toEqual({ sharepoint: 'disconnected', graph: 'connected' });

    // Once the device is compliant (no refusal now), the same way signs in.
    expect(await w.signIn('system-browser')).toMatchObject({ ok: true });
  });
});

describe('AADSTS53003 (blocked by Conditional Access) in the system browser', () => {
  it('does not offer the browser again: the administrator’s policy is the way on', async () => {
    const w = (world = await connectedWorld());
    w.browserSignsIn = true;
    w.f.emulator.control.failAuthorize(53003, 1);
    const refused = await w.signIn('system-browser');
    expect(refused).toMatchObject({
      ok: false,
      code: 'AADSTS53003',
      hint: expect.stringMatching(/administrator/i),
    });
    expect(refused).not.toMatchObject({ hint: expect.stringMatching(/browser/i) });
    expect(refused).not.toHaveProperty('remedy');
  });
});
