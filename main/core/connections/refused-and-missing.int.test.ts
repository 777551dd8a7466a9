/**
 * Issue 14, items 1 and 2, in the core (emulator over HTTPS, real msal-node): a connection the
 * service refuses is not "connected", and says what works and what does not; a SharePoint host
 * the tenant does not have keeps the URL it tried, through Refresh all and a restart, and that
 * one service can be pointed elsewhere or removed without touching the others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const useAccount = (serviceId: ServiceId, connectionId: string, siteUrl?: string) =>
  f.value('service.useAccount', { serviceId, connectionId, ...(siteUrl ? { siteUrl } : {}) });
const checked = async (serviceId: ServiceId): Promise<ServiceStatus> =>
  (await f.value('service.refreshAll', {})).find((s) => s.serviceId === serviceId)!;

describe('a service that refuses the signed-in person', () => {
  it('is access-denied, not connected: signed in, the token carries the permission, the role is short', async () => {
    f = await startCoreFixture();
    const plain = userWithRole(f, null);
    const graph = valueOf(await signInByDeviceCode(f, 'graph', plain.upn));
    const status = await useAccount('managementApi', graph.connectionId!);

    expect(status).toMatchObject({
      state: 'access-denied',
      account: { username: plain.upn },
      probe: { ok: false, status: 403 },
      problem: { code: 'insufficient_user_rights' },
    });
    // What works: the sign-in, and the token with the permission the service asks for.
    expect(status.tokenDetails?.scopes).toContain('ActivityFeed.Read');
    // What does not, and who may: in the service's own terms.
    expect(status.problem?.message).toBe(
      `${plain.displayName} is signed in, but may not read the audit log.`,
    );
    expect(status.problem?.hint).toContain('Global Administrator or Security Administrator');
    // The probe line no longer claims a permission is missing that the token carries.
    expect(status.probe?.summary).not.toContain('did not include the expected permission');

    // Graph, through the same sign-in, answers: only the refusing service is marked.
    expect(await checked('graph')).toMatchObject({ state: 'connected', probe: { ok: true } });
    expect(await checked('managementApi')).toMatchObject({ state: 'access-denied' });
  });

  it('becomes connected once the service is used with an account whose role may', async () => {
    f = await startCoreFixture();
    const plain = valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, null).upn));
    await useAccount('managementApi', plain.connectionId!);
    const admin = userWithRole(f, 'Global Administrator');
    const adminGraph = valueOf(await signInByDeviceCode(f, 'entra', admin.upn));

    const status = await useAccount('managementApi', adminGraph.connectionId!);
    expect(status).toMatchObject({ state: 'connected', probe: { ok: true, status: 200 } });
    expect(status.problem).toBeUndefined();
  });
});

describe('a SharePoint host the tenant does not have', () => {
  it('keeps the URL it tried through Refresh all and a restart, and can be pointed elsewhere', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    const wrong = 'https://fabrikam.sharepoint.com';

    const status = await useAccount('sharepoint', graph.connectionId!, wrong);
    expect(status).toMatchObject({
      state: 'not-available',
      connectionId: graph.connectionId,
      sharePoint: { siteUrl: wrong },
    });
    expect(status.problem?.message).toContain(wrong);

    expect(await checked('sharepoint')).toMatchObject({
      state: 'not-available',
      sharePoint: { siteUrl: wrong },
    });
    await f.restart();
    expect(await checked('sharepoint')).toMatchObject({
      state: 'not-available',
      sharePoint: { siteUrl: wrong },
    });

    const fixed = await useAccount(
      'sharepoint',
      graph.connectionId!,
      f.emulator.info.sharepoint.rootUrl,
    );
    expect(fixed).toMatchObject({ state: 'connected', probe: { ok: true } });
  });

  it('is removed alone: the account and the services it serves stay', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    await useAccount('sharepoint', graph.connectionId!, 'https://fabrikam.sharepoint.com');

    expect(await f.value('service.disconnect', { serviceId: 'sharepoint' })).toMatchObject({
      state: 'disconnected',
    });
    const [account] = await f.value('accounts.list', {});
    expect(account).toMatchObject({ id: graph.connectionId, services: ['graph'] });
    expect(await checked('graph')).toMatchObject({ state: 'connected' });
  });
});
