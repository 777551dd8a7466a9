/**
 * Issue 18 in the core (emulator over HTTPS, real msal-node): where the tenant's tokens carry
 * no `wids`, the person's roles come from Graph `/me/memberOf`, read once per account while its
 * Graph token lives; where Graph will not say, the view says the roles are unknown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { memberOfRequests, statusesOf, viewOfProbe } from './probe-agreement';

let f: CoreFixture;
afterEach(async () => f?.close());

async function withoutWids(): Promise<CoreFixture> {
  f = await startCoreFixture();
  f.emulator.control.setRoleClaimsInTokens(false);
  return f;
}

describe('tokens without wids: the roles come from Graph’s memberOf', () => {
  it.each<[string | null, Record<string, number>]>([
    ['SharePoint Administrator', { graph: 200, entra: 200, managementApi: 403, sharepoint: 200 }],
    [null, { graph: 200, entra: 200, managementApi: 403, sharepoint: 403 }],
  ])('as %s, and the probes agree with the view', async (role, expected) => {
    await withoutWids();
    const statuses = await statusesOf(f, userWithRole(f, role).upn);

    for (const [serviceId, status] of Object.entries(statuses)) {
      const part = viewOfProbe(status);
      expect(part, `${serviceId}: the view covers its probe`).toBeDefined();
      expect(status.probe?.status, serviceId).toBe(expected[serviceId]);
      expect({ serviceId, allowed: part!.allowed }).toEqual({
        serviceId,
        allowed: expected[serviceId] === 200,
      });
      expect(status.effective).toMatchObject({
        directoryRoles: role ? [role] : [],
        rolesFrom: 'directory',
      });
    }
  });

  it('asks Graph once for all panels, across two refreshes of every service', async () => {
    await withoutWids();
    await statusesOf(f, userWithRole(f, 'SharePoint Administrator').upn);
    await f.value('service.refreshAll', {});
    const again = await f.value('service.refreshAll', {});

    const viewed = again.filter((s) => s.effective);
    expect(viewed.map((s) => s.serviceId).sort()).toEqual([
      'entra',
      'graph',
      'managementApi',
      'sharepoint',
    ]);
    expect(viewed.every((s) => s.effective?.rolesFrom === 'directory')).toBe(true);
    expect(memberOfRequests(f)).toBe(1);
  });

  it('reads them again after a new sign-in (the roles may have changed with it)', async () => {
    await withoutWids();
    const lee = userWithRole(f, 'SharePoint Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', lee));
    await f.value('service.refresh', { serviceId: 'graph' });
    expect(memberOfRequests(f)).toBe(1);
    valueOf(await signInByDeviceCode(f, 'graph', lee));
    expect(memberOfRequests(f)).toBe(2);
  });
});

describe('when Graph will not say', () => {
  it.each([403, 401] as const)(
    'Graph refusing memberOf (%s): the roles are unknown, said so, not "none"',
    async (status) => {
      await withoutWids();
      f.emulator.control.refuseMemberOf(status);
      const statuses = await statusesOf(f, userWithRole(f, 'SharePoint Administrator').upn);

      const sharepoint = statuses.sharepoint!;
      expect(sharepoint.probe?.status).toBe(200);
      expect(sharepoint.effective).toMatchObject({ directoryRoles: [], rolesFrom: 'unknown' });
      // Not claimed allowed, and it still says which role would allow it.
      expect(viewOfProbe(sharepoint)).toMatchObject({
        allowed: false,
        needs: expect.stringMatching(/SharePoint Administrator/),
      });
    },
  );

  it('a token that may not read directory roles: unknown, not "no roles"', async () => {
    await withoutWids();
    // Without Directory.Read.All, Graph lists the role with limited information only.
    f.emulator.control.revokeTenantConsent(
      f.emulator.info.resources.graph.audience,
      'Directory.Read.All',
    );
    const statuses = await statusesOf(f, userWithRole(f, 'SharePoint Administrator').upn);
    expect(statuses.graph!.effective).toMatchObject({ directoryRoles: [], rolesFrom: 'unknown' });
  });

  it('an account that cannot get a Graph token: unknown, the probe unaffected', async () => {
    await withoutWids();
    const graph = f.emulator.info.resources.graph.audience;
    f.emulator.control.revokeTenantConsent(graph, 'User.Read');
    const lee = userWithRole(f, 'SharePoint Administrator');
    const adminUrl = f.emulator.info.sharepoint.adminUrl;
    const status = valueOf(await signInByDeviceCode(f, 'sharepoint', lee.upn, adminUrl));
    expect(status.probe?.status).toBe(200);
    expect(status.effective).toMatchObject({ directoryRoles: [], rolesFrom: 'unknown' });
    expect(memberOfRequests(f)).toBe(0);
  });
});
