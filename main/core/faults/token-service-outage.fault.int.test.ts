/**
 * The token service answers 500, 502, 503 or 504 while an access token is renewed: tried again
 * with backoff, within the bound NETWORK_BOUNDS gives, then explained in plain words. The
 * connection is never taken for dead, and the next Refresh works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NETWORK_BOUNDS } from '../net/network-bounds';
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
/** Every try the bound allows: the first and one after each wait. */
const TRIES = NETWORK_BOUNDS.retryDelaysMs.length + 1;

/** Signed in to Graph with an access token already due for renewal (under MSAL's 5 minutes). */
async function signedInWithTokenDue(): Promise<void> {
  f = await startCoreFixture();
  f.emulator.control.setAccessTokenLifetime(120);
  valueOf(await signInByDeviceCode(f, 'graph', admin(f)));
  f.emulator.control.setAccessTokenLifetime(3600);
}

describe('fault: the token service answers 5xx once while a token is renewed', () => {
  it.each([500, 502, 503, 504])(
    '%i once: tried again, and the panel is connected',
    async (status) => {
      await signedInWithTokenDue();
      const before = await keptInStore(f);
      const sent = tokenRequests();
      f.emulator.control.failNext(1, status);

      expect(await refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
      expect(tokenRequests() - sent).toBe(2);
      expect(await keptInStore(f)).toEqual(before);
    },
  );

  it('503 with a Retry-After within the bound: waited out, then tried again', async () => {
    await signedInWithTokenDue();
    const sent = tokenRequests();
    f.emulator.control.failNext(1, 503, 1);
    expect(await refreshGraph()).toMatchObject({ state: 'connected' });
    expect(tokenRequests() - sent).toBe(2);
  });
});

describe('fault: the token service keeps answering 5xx', () => {
  it('tried as often as the bound allows, then said plainly; the sign-in is kept and the next Refresh works', async () => {
    await signedInWithTokenDue();
    const before = await keptInStore(f);
    const sent = tokenRequests();
    f.emulator.control.failNext(TRIES, 503);

    const failed = await refreshGraph();
    expect(tokenRequests() - sent).toBe(TRIES); // no more than the bound
    expect(failed.state).toBe('error'); // not needs-sign-in: nothing is wrong with the sign-in
    expect(failed.problem).toMatchObject({
      code: 'token_service_unavailable',
      message: expect.stringMatching(/sign-in service .*not answering/i),
      hint: expect.stringMatching(/sign-in is kept/i),
    });
    expect(failed.problem?.message).toContain('503');
    expect(failed.problem?.remedy).toBeUndefined();
    const [account] = await f.value('accounts.list', {});
    expect(account?.signInRequired).toBeUndefined();
    expect(await keptInStore(f)).toEqual(before);

    expect(await refreshGraph()).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });
});
