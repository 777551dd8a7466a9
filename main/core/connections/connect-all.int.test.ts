/**
 * Connect all (issue 14, item 9), core + emulator over HTTPS with real msal-node: after one
 * sign-in, every service the app has consent for connects, and each of the others says
 * precisely what it lacks: consent (with the permission), a role, the service in the tenant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { serviceIds, type ConnectAllResult, type ServiceId } from '../../../preload/contract';
import {
  signInAppOnly,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

/** Every service, in the dashboard's order. */
const SIX: ServiceId[] = [...serviceIds];
const deviceCodes = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/devicecode'));
const entry = (result: ConnectAllResult, id: ServiceId) =>
  result.services.find((service) => service.serviceId === id)!;

/** One device code sign-in (for Microsoft Graph) as `upn`, then Connect all with it. */
async function signInAndConnectAll(upn: string): Promise<ConnectAllResult> {
  const graph = valueOf(await signInByDeviceCode(f, 'graph', upn));
  return f.value('service.connectAll', { connectionId: graph.connectionId! });
}

describe('Connect all', () => {
  it('as the Global Administrator: one sign-in connects all six services, each probed', async () => {
    f = await startCoreFixture();
    const result = await signInAndConnectAll(userWithRole(f, 'Global Administrator').upn);
    expect(result.services.map((s) => s.serviceId)).toEqual(SIX);
    for (const service of result.services) {
      expect(service.status, service.serviceId).toMatchObject({
        state: 'connected',
        connectionId: result.connectionId,
        probe: { ok: true, status: 200 },
      });
      expect(service.status?.problem, service.serviceId).toBeUndefined();
    }
    expect(entry(result, 'sharepoint').status?.sharePoint?.siteUrl).toBe(
      f.emulator.info.sharepoint.rootUrl,
    );
    expect(deviceCodes()).toHaveLength(1);
    const accounts = await f.value('accounts.list', {});
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.services).toEqual(expect.arrayContaining(SIX));
  });

  it('as a plain user in a tenant without Viva Engage: connects what it may, explains the rest', async () => {
    f = await startCoreFixture({ vivaEngage: false });
    const result = await signInAndConnectAll(userWithRole(f, null).upn);
    for (const id of ['graph', 'sharepoint', 'entra', 'azureManagement'] as const) {
      expect(entry(result, id).status, id).toMatchObject({
        state: 'connected',
        probe: { ok: true },
      });
    }
    // Signed in, but the person's own role is short: said as such, with the next step.
    expect(entry(result, 'managementApi').status).toMatchObject({
      probe: { ok: false, status: 403 },
      problem: { code: 'insufficient_user_rights' },
    });
    expect(entry(result, 'vivaEngage').status).toMatchObject({
      state: 'not-available',
      problem: { code: 'AADSTS500011', message: 'This service is not available in the tenant.' },
    });
    expect(deviceCodes()).toHaveLength(1);
  });

  it('names the permission a service lacks consent for; the others connect', async () => {
    f = await startCoreFixture();
    f.emulator.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
    const result = await signInAndConnectAll(userWithRole(f, 'Global Administrator').upn);
    expect(entry(result, 'managementApi').status).toMatchObject({
      state: 'consent-needed',
      missingPermissions: ['ActivityFeed.Read'],
      problem: { code: 'AADSTS65001', remedy: 'grant-consent' },
    });
    // The consent walkthrough has what it needs for that service.
    const need = await f.value('consent.need', { serviceId: 'managementApi' });
    expect(need.missing.map((p) => p.value)).toEqual(['ActivityFeed.Read']);
    for (const id of SIX.filter((s) => s !== 'managementApi')) {
      expect(entry(result, id).status?.state, id).toBe('connected');
    }
  });

  it('keeps a service that uses the connection already as it is (SharePoint’s admin center)', async () => {
    f = await startCoreFixture();
    const { adminUrl } = f.emulator.info.sharepoint;
    const admin = userWithRole(f, 'Global Administrator');
    const sp = valueOf(await signInByDeviceCode(f, 'sharepoint', admin.upn, adminUrl));
    const result = await f.value('service.connectAll', { connectionId: sp.connectionId! });
    expect(entry(result, 'sharepoint').status).toMatchObject({
      state: 'connected',
      sharePoint: { isAdmin: true, siteUrl: adminUrl },
    });
    expect(result.services.every((s) => s.status?.state === 'connected')).toBe(true);
  });

  it('app-only with a certificate: the services with application permissions connect; Viva Engage says it has none', async () => {
    f = await startCoreFixture();
    const connectionId = await signInAppOnly(f, 'graph', 'certificate');
    const result = await f.value('service.connectAll', { connectionId });
    for (const id of ['graph', 'sharepoint', 'entra', 'managementApi'] as const) {
      expect(entry(result, id).status, id).toMatchObject({
        state: 'connected',
        tokenDetails: { tokenType: 'app-only' },
        probe: { ok: true },
      });
    }
    expect(entry(result, 'sharepoint').status?.sharePoint?.siteUrl).toBe(
      f.emulator.info.sharepoint.rootUrl,
    );
    expect(entry(result, 'vivaEngage')).toMatchObject({
      problem: { code: 'app_only_not_supported' },
    });
    expect(entry(result, 'vivaEngage').status).toBeUndefined();
    // Whatever Azure says of an app without a role there, it is said, not left blank.
    const azure = entry(result, 'azureManagement');
    expect(
      azure.status?.state === 'connected' || azure.problem || azure.status?.problem,
    ).toBeTruthy();
  });

  it('refuses a connection that does not exist, binding nothing', async () => {
    f = await startCoreFixture();
    expect(await f.invoke('service.connectAll', { connectionId: 'nope' })).toMatchObject({
      ok: false,
      code: 'unknown_connection',
    });
    expect(await f.value('accounts.list', {})).toEqual([]);
  });
});
