/**
 * The connection drops in the middle of a service's probe: tried again within the bound, so a
 * blip goes unnoticed; a connection that keeps dropping is said on that panel, and the sign-in
 * is kept as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NETWORK_BOUNDS } from '../net/network-bounds';
import {
  signInByDeviceCode,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { admin, requestsTo } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const TRIES = NETWORK_BOUNDS.retryDelaysMs.length + 1;
const AZURE_API = /^\/azure\//;
const refreshAzure = () => f.value('service.refresh', { serviceId: 'azureManagement' });

async function signedInToAzure(): Promise<void> {
  f = await startCoreFixture();
  valueOf(await signInByDeviceCode(f, 'azureManagement', admin(f)));
}

describe('fault: the connection drops in the middle of a probe', () => {
  it('dropped once: the probe is sent again and the panel is connected', async () => {
    await signedInToAzure();
    const sent = requestsTo(f, AZURE_API).length;
    f.emulator.control.faultNext('azureManagement', { kind: 'reset' });
    expect(await refreshAzure()).toMatchObject({ state: 'connected', probe: { status: 200 } });
    expect(requestsTo(f, AZURE_API).length - sent).toBe(2);
  });

  it('dropped on every try: the panel says so, the sign-in is kept, the next Refresh works', async () => {
    await signedInToAzure();
    const before = await keptInStore(f);
    f.emulator.control.faultNext('azureManagement', { kind: 'reset' }, TRIES);

    const dropped = await refreshAzure();
    expect(dropped).toMatchObject({
      state: 'error',
      probe: { ok: false, status: 0 },
      problem: {
        code: 'connection_dropped',
        message: `The connection to Azure Service Management dropped before it answered (${TRIES} tries).`,
        hint: expect.stringContaining('The sign-in is fine.'),
      },
    });
    expect(dropped.account?.username).toBe(admin(f));
    expect((await f.value('accounts.list', {}))[0]?.signInRequired).toBeUndefined();
    expect(await keptInStore(f)).toEqual(before);

    expect(await refreshAzure()).toMatchObject({ state: 'connected' });
  });
});
