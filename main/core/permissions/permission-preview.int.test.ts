/**
 * Issue 18 through the router (emulator over HTTPS, real msal-node): before a permission is
 * granted, `permissions.preview` says what it would let this person do, from the roles of the
 * app setup's signed-in person or of the connection the consent walkthrough is for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

type Asked = CommandInput<'permissions.preview'>['permissions'];
const chosen: Asked = [
  { value: 'AllSites.FullControl', type: 'delegated' },
  { value: 'ActivityFeed.Read', type: 'delegated' },
  { value: 'Sites.FullControl.All', type: 'application' },
];

/** "action: allowed" per delegated permission; the app alone's say tenant-wide. */
const verdicts = (preview: { permissions: { tenantWide: boolean; parts: object[] }[] }) =>
  preview.permissions.map((p) =>
    p.tenantWide ? 'tenant-wide' : Object.fromEntries(p.parts.map((x) => Object.values(x))),
  );

/** The Management API without tenant-wide consent, reached by a connection signed in to Graph. */
async function managementApiWithoutConsent(upn: string) {
  f.emulator.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  const graph = valueOf(await signInByDeviceCode(f, 'graph', upn));
  const status = await f.value('service.useAccount', {
    serviceId: 'managementApi',
    connectionId: graph.connectionId!,
  });
  expect(status.state).toBe('consent-needed');
  const need = await f.value('consent.need', { serviceId: 'managementApi' });
  return need.missing.map(({ value, type }) => ({ value, type }));
}

const auditLog =
  'the Global Administrator or Security Administrator role (or a role group with the Audit Logs or View-Only Audit Logs role)';
const adminCenterNeeds = 'the SharePoint Administrator, Global Administrator or Global Reader role';

describe.each<[string | null, boolean]>([
  ['SharePoint Administrator', true],
  [null, false],
])('the Choose step, as %s', (role, sharePointAdmin) => {
  it('is weighed against the roles of the person signed in to app setup', async () => {
    f = await startCoreFixture();
    const person = { of: 'setup' } as const;
    // Before anyone signs in to app setup: what each part needs, and no verdict.
    const before = await f.value('permissions.preview', { person, permissions: chosen });
    expect(before.directoryRoles).toBeUndefined();
    expect(before.permissions[0]!.parts[1]).toEqual({
      action: 'open the SharePoint admin center',
      needs: adminCenterNeeds,
    });

    const session = await signInToSetup(f, userWithRole(f, role).upn);
    const preview = await f.value('permissions.preview', { person, permissions: chosen });
    expect(preview).toMatchObject({
      person: session.displayName,
      directoryRoles: role ? [role] : [],
    });
    expect(verdicts(preview)).toEqual([
      {
        'fully control the sites you have access to': true,
        'open the SharePoint admin center': sharePointAdmin,
      },
      { 'read the audit log': false },
      'tenant-wide',
    ]);
    expect(preview.permissions[0]!.parts[1]!.needs).toBe(
      sharePointAdmin ? undefined : adminCenterNeeds,
    );
    expect(preview.permissions[1]!.parts[0]!.needs).toBe(auditLog);
  });
});

describe.each<[string | null, boolean]>([
  ['Global Administrator', true],
  ['SharePoint Administrator', false],
  [null, false],
])('the consent walkthrough, as %s', (role, readsAuditLog) => {
  it('is weighed against the connection’s roles, and the service agrees once consented', async () => {
    f = await startCoreFixture();
    const missing = await managementApiWithoutConsent(userWithRole(f, role).upn);
    const person = { of: 'service', serviceId: 'managementApi' } as const;
    const preview = await f.value('permissions.preview', { person, permissions: missing });
    expect(preview.directoryRoles).toEqual(role ? [role] : []);
    expect(preview.permissions).toEqual([
      {
        permission: 'ActivityFeed.Read',
        type: 'delegated',
        tenantWide: false,
        parts: [
          readsAuditLog
            ? { action: 'read the audit log', allowed: true }
            : { action: 'read the audit log', allowed: false, needs: auditLog },
        ],
      },
    ]);

    // After a restart no check has told the roles yet: a Graph token asked silently does.
    await f.restart();
    const again = await f.value('permissions.preview', { person, permissions: missing });
    expect(again.directoryRoles).toEqual(role ? [role] : []);
    expect(again.permissions).toEqual(preview.permissions);

    // Consented: what the preview said is allowed answers 200, what it said is not, 403.
    f.emulator.control.resetConsent();
    const status = await f.value('service.refresh', { serviceId: 'managementApi' });
    expect(status.probe?.status).toBe(readsAuditLog ? 200 : 403);
  });
});

describe('the consent walkthrough, when tokens do not list the roles', () => {
  it('reads them from the directory, after a restart too', async () => {
    f = await startCoreFixture();
    f.emulator.control.setRoleClaimsInTokens(false);
    const missing = await managementApiWithoutConsent(
      userWithRole(f, 'SharePoint Administrator').upn,
    );
    const person = { of: 'service', serviceId: 'managementApi' } as const;
    await f.restart();
    const preview = await f.value('permissions.preview', { person, permissions: missing });
    expect(preview.directoryRoles).toEqual(['SharePoint Administrator']);
    expect(preview.permissions[0]!.parts).toEqual([
      { action: 'read the audit log', allowed: false, needs: auditLog },
    ]);
  });
});
