/**
 * A service API throttles its probe (Graph 429, SharePoint 503) with `Retry-After`: a short
 * wait is waited out (and said on the probe's line); a longer one than the bound is shown on
 * that panel and honoured: the service is not asked again before its time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { GRAPH_API, SHAREPOINT_API, admin, requestsTo } from './network-fault-helpers';
import { keptInStore } from '../testing/kept-in-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const THROTTLES = [
  { serviceId: 'graph', status: 429, label: 'Microsoft Graph', api: GRAPH_API },
  { serviceId: 'sharepoint', status: 503, label: 'SharePoint Online', api: SHAREPOINT_API },
] as const;
const refresh = (serviceId: ServiceId) => f.value('service.refresh', { serviceId });

/** Graph and SharePoint connected with one sign-in. */
async function graphAndSharePoint(): Promise<void> {
  f = await startCoreFixture();
  const graph = valueOf(await signInByDeviceCode(f, 'graph', admin(f)));
  const sharePoint = await f.value('service.useAccount', {
    serviceId: 'sharepoint',
    connectionId: graph.connectionId!,
    siteUrl: f.emulator.info.sharepoint.rootUrl,
  });
  expect(sharePoint.state).toBe('connected');
}

describe('fault: a service asks to wait a moment (Retry-After within the bound)', () => {
  it.each(THROTTLES)(
    '$label $status with Retry-After 1: waited out, connected, and said',
    async (t) => {
      await graphAndSharePoint();
      const sent = requestsTo(f, t.api).length;
      f.emulator.control.faultNext(t.serviceId, {
        kind: 'status',
        status: t.status,
        retryAfterSeconds: 1,
      });

      const status = await refresh(t.serviceId);
      expect(status).toMatchObject({ state: 'connected', probe: { ok: true, status: 200 } });
      expect(status.probe?.summary).toContain(`(after waiting 1 s, as ${t.label} asked)`);
      expect(requestsTo(f, t.api).length - sent).toBe(2);
    },
  );
});

describe('fault: a service asks to wait longer than the bound (Retry-After beyond it)', () => {
  it.each(THROTTLES)(
    '$label $status with Retry-After 120: shown on its panel, not asked again before then',
    async (t) => {
      await graphAndSharePoint();
      const before = await keptInStore(f);
      f.emulator.control.faultNext(t.serviceId, {
        kind: 'status',
        status: t.status,
        retryAfterSeconds: 120,
      });

      const throttled = await refresh(t.serviceId);
      expect(throttled).toMatchObject({
        state: 'error',
        probe: { ok: false, status: t.status },
        problem: {
          code: 'service_throttled',
          message: `${t.label} asked M365 Desk to wait 120 seconds before asking again (HTTP ${t.status}).`,
          hint: expect.stringContaining('will not ask it again before then'),
        },
      });
      const sent = requestsTo(f, t.api).length;
      const again = await refresh(t.serviceId);
      expect(again.problem?.code).toBe('service_throttled');
      expect(again.problem?.message).toMatch(/wait 1[12]\d seconds/);
      expect(requestsTo(f, t.api).length).toBe(sent); // honoured: not asked again
      const other = t.serviceId === 'graph' ? 'sharepoint' : 'graph';
      expect((await refresh(other)).state).toBe('connected');
      expect(await keptInStore(f)).toEqual(before);
    },
  );
});
