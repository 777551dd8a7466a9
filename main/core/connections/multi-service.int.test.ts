/**
 * Six services, several accounts (core + emulator over HTTPS, real msal-node): one sign-in
 * serves every service silently, SharePoint finds and switches its sites by itself, a service
 * can use another account, and one failing service never takes another down.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId, ServicePanel } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const tokenRequests = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/token') && r.status === 200);
const deviceCodes = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/devicecode'));
const useAccount = async (serviceId: ServiceId, connectionId: string, siteUrl?: string) =>
  await f.value('service.useAccount', {
    serviceId,
    connectionId,
    ...(siteUrl ? { siteUrl } : {}),
  });
const panels = async () => await f.value('service.list', {});
const state = (list: Pick<ServicePanel, 'serviceId' | 'status'>[], id: ServiceId) =>
  list.find((p) => p.serviceId === id)!.status;
/** "Refresh all": every service checked (the list itself does not wait for probes). */
const checkedPanels = async () =>
  (await f.value('service.refreshAll', {})).map((status) => ({
    serviceId: status.serviceId,
    status,
  }));

describe('one sign-in serves all', () => {
  it('connects the other five services with one network token request per new resource, and none when cached', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    const others: ServiceId[] = [
      'entra',
      'sharepoint',
      'managementApi',
      'azureManagement',
      'vivaEngage',
    ];
    for (const serviceId of others) {
      const before = tokenRequests().length;
      const status = await useAccount(serviceId, graph.connectionId!);
      expect(status, serviceId).toMatchObject({
        state: 'connected',
        probe: { ok: true, status: 200 },
      });
      // Entra ID shares Microsoft Graph's resource: its token is already cached.
      const newResource = serviceId !== 'entra';
      expect(tokenRequests().length - before, `token requests for ${serviceId}`).toBe(
        newResource ? 1 : 0,
      );
    }
    expect(deviceCodes()).toHaveLength(1);

    const before = tokenRequests().length;
    const list = await checkedPanels();
    expect(list.map((p) => p.status.state)).toEqual(Array(6).fill('connected'));
    expect(tokenRequests().length).toBe(before);
    expect(state(list, 'sharepoint').sharePoint?.siteUrl).toBe(f.emulator.info.sharepoint.rootUrl);
    expect(state(list, 'vivaEngage').tokenDetails).toMatchObject({
      audience: 'https://api.yammer.com',
      tokenType: 'delegated',
    });
  });
});

describe('SharePoint', () => {
  it('switches from a site to the admin center silently, with a token for the admin host', async () => {
    f = await startCoreFixture();
    const { sharepoint } = f.emulator.info;
    const admin = userWithRole(f, 'Global Administrator');
    const site = valueOf(
      await signInByDeviceCode(
        f,
        'sharepoint',
        admin.upn,
        `${sharepoint.rootUrl}/sites/hr/SitePages/Home.aspx`,
      ),
    );
    expect(site).toMatchObject({
      state: 'connected',
      sharePoint: { siteUrl: `${sharepoint.rootUrl}/sites/hr`, isAdmin: false },
    });
    expect(site.probe?.summary).toContain('Human Resources');

    const adminCenter = await useAccount('sharepoint', site.connectionId!, sharepoint.adminUrl);
    expect(adminCenter).toMatchObject({
      state: 'connected',
      sharePoint: { isAdmin: true },
      probe: { status: 200 },
    });
    expect(adminCenter.tokenDetails?.audience).toBe(sharepoint.adminUrl);
    expect(deviceCodes()).toHaveLength(1);
  });

  it('refuses a lookalike host before any sign-in, with the reason', async () => {
    f = await startCoreFixture();
    const result = await f.invoke('signIn.deviceCode', {
      serviceId: 'sharepoint',
      cloud: 'sandbox',
      siteUrl: 'https://contoso-sandbox.sharepoint.com.evil.test',
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid_sharepoint_url' });
    expect(deviceCodes()).toHaveLength(0);
  });
});

describe('several accounts', () => {
  it('uses another account for SharePoint only; both survive a restart; disconnecting one leaves the other', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const spAdmin = userWithRole(f, 'SharePoint Administrator');
    await signInByDeviceCode(f, 'graph', admin.upn);
    const sp = valueOf(
      await signInByDeviceCode(f, 'sharepoint', spAdmin.upn, f.emulator.info.sharepoint.adminUrl),
    );
    expect(sp.account?.username).toBe(spAdmin.upn);

    await f.restart();
    const accounts = await f.value('accounts.list', {});
    expect(accounts.map((a) => [a.username, a.services])).toEqual(
      expect.arrayContaining([
        [admin.upn, ['graph']],
        [spAdmin.upn, ['sharepoint']],
      ]),
    );
    const list = await panels();
    expect(state(list, 'graph')).toMatchObject({
      state: 'connected',
      account: { username: admin.upn },
    });
    expect(state(list, 'sharepoint')).toMatchObject({
      state: 'connected',
      account: { username: spAdmin.upn },
    });

    await f.invoke('service.disconnect', { serviceId: 'sharepoint' });
    const after = await panels();
    expect(state(after, 'sharepoint').state).toBe('disconnected');
    expect(state(after, 'graph').state).toBe('connected');
  });

  it('renames a connection and signs it out, disconnecting the services that used it', async () => {
    f = await startCoreFixture();
    const graph = valueOf(
      await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
    );
    await useAccount('azureManagement', graph.connectionId!);
    const renamed = await f.value('accounts.rename', {
      connectionId: graph.connectionId!,
      name: 'Work admin',
    });
    expect(renamed).toMatchObject({ name: 'Work admin', services: ['graph', 'azureManagement'] });
    expect(await f.invoke('accounts.remove', { connectionId: graph.connectionId! })).toEqual({
      ok: true,
      value: { removed: true },
    });
    const list = await panels();
    expect(state(list, 'graph').state).toBe('disconnected');
    expect(state(list, 'azureManagement').state).toBe('disconnected');
  });
});

describe('failures stay where they happen', () => {
  it('a plain user in a tenant without Viva Engage: every other panel works, two explain themselves', async () => {
    f = await startCoreFixture({ vivaEngage: false });
    const plain = userWithRole(f, null);
    const graph = valueOf(await signInByDeviceCode(f, 'graph', plain.upn));
    for (const id of ['entra', 'sharepoint', 'managementApi', 'azureManagement'] as const) {
      await useAccount(id, graph.connectionId!);
    }
    const viva = await f.invoke('service.useAccount', {
      serviceId: 'vivaEngage',
      connectionId: graph.connectionId!,
    });
    expect(viva).toMatchObject({
      ok: true,
      value: { state: 'not-available', problem: { code: 'AADSTS500011' } },
    });

    const list = await checkedPanels();
    expect(state(list, 'graph')).toMatchObject({ state: 'connected', probe: { status: 200 } });
    expect(state(list, 'sharepoint')).toMatchObject({ state: 'connected', probe: { status: 200 } });
    expect(state(list, 'azureManagement')).toMatchObject({
      state: 'connected',
      probe: { status: 200 },
    });
    expect(state(list, 'managementApi')).toMatchObject({
      state: 'access-denied',
      probe: { ok: false, status: 403 },
      problem: { code: 'insufficient_user_rights' },
    });
    expect(state(list, 'vivaEngage')).toMatchObject({
      state: 'not-available',
      problem: { code: 'AADSTS500011' },
    });
  });

  it('says which permission is missing when consent does not cover a service', async () => {
    f = await startCoreFixture();
    f.emulator.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
    const graph = valueOf(
      await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
    );
    const status = await useAccount('managementApi', graph.connectionId!);
    expect(status).toMatchObject({
      state: 'consent-needed',
      missingPermissions: ['ActivityFeed.Read'],
    });
    expect(status.problem?.code).toBe('AADSTS65001');
    expect(state(await panels(), 'graph').state).toBe('connected');
  });
});
