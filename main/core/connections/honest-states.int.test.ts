/**
 * Issue 14 in the core (emulator over HTTPS, real msal-node): a connection the service refuses
 * is not "connected", and says what works and what does not; a SharePoint host the tenant does
 * not have keeps the URL it tried, through Refresh all and a restart, and that one service can be
 * pointed elsewhere or removed without touching the others; an account whose refresh token died
 * says why itself, its services all for that one reason, until it signs in again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, ServiceId, ServiceStatus } from '../../../preload/contract';
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

const served: ServiceId[] = ['graph', 'entra', 'azureManagement'];

describe('an account whose refresh token died', () => {
  it('a dead refresh token: the account says why at once, and its services all need sign-in for that reason', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120); // inside MSAL's renewal window: every check refreshes
    const admin = userWithRole(f, 'Global Administrator');
    const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    for (const serviceId of served.slice(1)) {
      await f.value('service.useAccount', { serviceId, connectionId: graph.connectionId! });
    }
    f.emulator.control.expireRefreshTokens(admin.upn);

    const mark = f.events.length;
    const statuses = (await f.value('service.refreshAll', {})).filter((s) =>
      served.includes(s.serviceId),
    );
    expect(statuses.map((s) => [s.serviceId, s.state, s.problem?.code])).toEqual(
      served.map((id) => [id, 'needs-sign-in', 'AADSTS700082']),
    );

    const told = f.events
      .slice(mark)
      .filter((e) => e.name === 'accounts.changed')
      .map((e) => e.payload as Account[]);
    expect(told.at(-1)).toEqual([
      expect.objectContaining({ id: graph.connectionId, signInRequired: statuses[0]!.problem }),
    ]);

    // Signed in again through one of them: the others, which waited for it, are checked again and
    // tell so themselves, without a Refresh.
    const again = f.events.length;
    valueOf(await signInByDeviceCode(f, 'entra', admin.upn));
    const changed = () =>
      f.events
        .slice(again)
        .filter((e) => e.name === 'service.changed')
        .map((e) => e.payload as ServiceStatus);
    for (let i = 0; i < 400; i++) {
      if (
        served.every((id) => changed().some((s) => s.serviceId === id && s.state === 'connected'))
      )
        break;
      await new Promise((r) => setTimeout(r, 25));
    }
    for (const id of served) {
      expect(changed().findLast((s) => s.serviceId === id)?.state, id).toBe('connected');
    }
    f.emulator.control.setAccessTokenLifetime(3600);
  });
});
