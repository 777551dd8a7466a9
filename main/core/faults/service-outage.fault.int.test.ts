/**
 * One service's API answers 5xx to its probe, or never answers: that panel alone says so, and
 * Refresh all answers for the others without waiting for it (beyond the probe's own bound).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import { NETWORK_BOUNDS } from '../net/network-bounds';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { SHORT_BOUNDS, connectAllSix, statesOf } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const TRIES = NETWORK_BOUNDS.retryDelaysMs.length + 1;
const OTHERS = ['graph', 'entra', 'managementApi', 'azureManagement', 'vivaEngage'] as const;
const othersConnected = Object.fromEntries(OTHERS.map((id) => [id, 'connected']));
const refreshAll = () => f.value('service.refreshAll', {});
const byId = (statuses: ServiceStatus[], id: ServiceId) =>
  statuses.find((s) => s.serviceId === id)!;

/** The panels told since event `from`, by service (the last word of each). */
function toldSince(from: number): Map<ServiceId, ServiceStatus> {
  const told = new Map<ServiceId, ServiceStatus>();
  for (const event of f.events.slice(from)) {
    if (event.name === 'service.changed') {
      const status = event.payload as ServiceStatus;
      told.set(status.serviceId, status);
    }
  }
  return told;
}

async function untilTold(from: number, ids: readonly ServiceId[]): Promise<void> {
  while (!ids.every((id) => toldSince(from).has(id))) await new Promise((r) => setTimeout(r, 20));
}

describe('fault: one service API answers 5xx to its probe', () => {
  it.each([500, 503])(
    '%i on every try: that panel says the service has a problem, the others are connected',
    async (status) => {
      f = await startCoreFixture();
      await connectAllSix(f);
      const before = await keptInStore(f);
      f.emulator.control.faultNext('sharepoint', { kind: 'status', status }, TRIES);

      const statuses = await refreshAll();
      expect(statesOf(statuses)).toEqual({ ...othersConnected, sharepoint: 'error' });
      expect(byId(statuses, 'sharepoint').problem).toMatchObject({
        code: 'service_unavailable',
        message: `SharePoint Online is having a problem right now (HTTP ${status}, ${TRIES} tries).`,
        hint: expect.stringContaining('The other services are not affected.'),
      });
      expect(await keptInStore(f)).toEqual(before);
      expect(statesOf(await refreshAll()).sharepoint).toBe('connected');
    },
  );
});

describe('fault: one service’s probe never answers', () => {
  it('the other panels are told while it is still unanswered; Refresh all answers once it does', async () => {
    f = await startCoreFixture();
    await connectAllSix(f);
    f.emulator.control.faultNext('sharepoint', { kind: 'hang' });
    const from = f.events.length;
    let settled = false;
    const all = f.value('service.refreshAll', {}).finally(() => (settled = true));

    await untilTold(from, OTHERS);
    // Every other panel has its answer, while SharePoint's probe is still held unanswered.
    for (const id of OTHERS) expect(toldSince(from).get(id)?.state, id).toBe('connected');
    expect(toldSince(from).has('sharepoint')).toBe(false);
    expect(settled).toBe(false);

    expect(f.emulator.control.releaseHeld()).toBe(1);
    expect(statesOf(await all)).toEqual({ ...othersConnected, sharepoint: 'connected' });
  });

  it('unanswered past the probe’s bound: that panel says so, the others are connected, nothing is lost', async () => {
    f = await startCoreFixture({ networkBounds: SHORT_BOUNDS });
    await connectAllSix(f);
    const before = await keptInStore(f);
    f.emulator.control.faultNext('sharepoint', { kind: 'hang' });

    const statuses = await refreshAll();
    expect(statesOf(statuses)).toEqual({ ...othersConnected, sharepoint: 'error' });
    expect(byId(statuses, 'sharepoint')).toMatchObject({
      probe: { ok: false, status: 0 },
      problem: {
        code: 'network_timeout',
        message: 'SharePoint Online did not answer within 0.8 seconds.',
        hint: expect.stringContaining('The sign-in is fine.'),
      },
    });
    expect(await keptInStore(f)).toEqual(before);
  });
});
