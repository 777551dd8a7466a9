/**
 * Every common sign-in error, as Entra answers it at the token endpoint (status, `error`,
 * `suberror`, `error_codes`, a description starting "AADSTSnnnnn:"), injected while Graph's
 * access token is renewed with the real msal-node: the panel says what happened in plain words,
 * moves to the state that fits, and offers the one way out that fits (or none, the hint saying
 * what to do).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Remedy, ServiceState } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { admin } from '../faults/network-fault-helpers';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';

let f: CoreFixture | undefined;
let world: ConnectedWorld | undefined;
afterEach(async () => {
  await f?.close();
  await world?.close();
  f = world = undefined;
});

describe('a sign-in error Entra answers while a token is renewed', () => {
  it.each<[number, ServiceState, Remedy | undefined, RegExp]>([
    // [AADSTS code, the panel's state, the remedy offered, what the message says]
    [700016, 'error', 'fix-app-registration', /app registration .*not found in this tenant/i],
    [50034, 'needs-sign-in', 'sign-in-again', /account does not exist in this tenant/i],
    [50194, 'error', 'check-tenant', /single tenant/i],
    [650052, 'not-available', undefined, /not subscribed to .*or enabled/i],
    [53000, 'needs-sign-in', 'browser-instead', /only compliant devices/i],
    [70043, 'needs-sign-in', 'sign-in-again', /sign-in frequency/i],
    [50133, 'needs-sign-in', 'sign-in-again', /password changed/i],
    [50076, 'needs-sign-in', 'browser-instead', /multi-factor authentication/i],
    [50079, 'needs-sign-in', 'browser-instead', /register for multi-factor/i],
    [7000112, 'error', 'fix-app-registration', /app .*disabled/i],
    [50105, 'error', 'ask-for-assignment', /not assigned to this app/i],
    [65004, 'consent-needed', 'grant-consent', /consent was declined/i],
    [90072, 'needs-sign-in', 'sign-in-again', /another tenant .*not a guest/i],
    [500011, 'not-available', undefined, /not available in the tenant/i],
  ])('AADSTS%i: %s, remedy %s', async (code, state, remedy, message) => {
    const core = (f = await startCoreFixture());
    core.emulator.control.setAccessTokenLifetime(120); // due for renewal at once
    valueOf(await signInByDeviceCode(core, 'graph', admin(f)));
    core.emulator.control.failSignIn(code, 1);

    const status = await core.value('service.refresh', { serviceId: 'graph' });
    expect(status.state).toBe(state);
    expect(status.problem?.code).toBe(`AADSTS${code}`);
    expect(status.problem?.message).toMatch(message);
    expect(status.problem?.hint).toBeTruthy();
    expect(status.problem?.remedy).toBe(remedy);
  });
});

describe('Conditional Access refuses the sign-in window for device compliance (AADSTS53000)', () => {
  it('offers the system browser and says why; signing in there connects', async () => {
    const w = (world = await connectedWorld());
    w.f.emulator.control.failSignIn(53000, 1);
    const refused = await w.signIn('in-app-window');
    expect(refused).toMatchObject({
      ok: false,
      code: 'AADSTS53000',
      message: expect.stringMatching(/only compliant devices/i),
      hint: expect.stringMatching(/system browser.*this device’s own sign-in state/i),
      remedy: 'browser-instead',
    });

    w.browserSignsIn = true;
    expect(await w.signIn('system-browser')).toMatchObject({ ok: true });
  });
});
