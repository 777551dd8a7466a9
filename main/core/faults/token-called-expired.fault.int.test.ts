/**
 * A service calls an access token expired although MSAL holds it valid (the service's clock runs
 * ahead): the token is renewed once and the probe tried once more; a renewed token refused too
 * is said on the panel, never renewed in a loop, and the sign-in is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { TOKEN_ENDPOINT, admin, requestsTo } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const refreshGraph = () => f.value('service.refresh', { serviceId: 'graph' });
const tokenRequests = () => requestsTo(f, TOKEN_ENDPOINT).length;

/** Signed in with an access token of 7 minutes: valid to MSAL (past its 5-minute window). */
async function signedInWithSevenMinuteToken(): Promise<void> {
  f = await startCoreFixture();
  f.emulator.control.setAccessTokenLifetime(420);
  valueOf(await signInByDeviceCode(f, 'graph', admin(f)));
  f.emulator.control.setAccessTokenLifetime(3600);
}

describe('fault: the service calls a token expired that MSAL holds valid, once', () => {
  it('its clock 10 minutes ahead: renewed once, the new token is taken, connected', async () => {
    await signedInWithSevenMinuteToken();
    f.emulator.control.setResourceClockSkew(600);
    const sent = tokenRequests();

    expect(await refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
    expect(tokenRequests() - sent).toBe(1);
  });
});

describe('fault: the service calls every token expired', () => {
  it('its clock 2 hours ahead: renewed once per Refresh, never in a loop, said, the sign-in kept', async () => {
    await signedInWithSevenMinuteToken();
    const before = await keptInStore(f);
    f.emulator.control.setResourceClockSkew(7200);
    const sent = tokenRequests();

    const refused = await refreshGraph();
    expect(tokenRequests() - sent).toBe(1);
    expect(refused).toMatchObject({
      state: 'error',
      probe: { status: 401 },
      problem: {
        code: 'probe_token_refused',
        message: 'Microsoft Graph refused the token, even one renewed just now.',
        hint: expect.stringContaining('clock'),
      },
    });
    expect((await f.value('accounts.list', {}))[0]?.signInRequired).toBeUndefined();
    expect(await keptInStore(f)).toEqual(before);

    await refreshGraph();
    expect(tokenRequests() - sent).toBe(2);
    f.emulator.control.setResourceClockSkew(0);
    expect(await refreshGraph()).toMatchObject({ state: 'connected' });
  });
});
