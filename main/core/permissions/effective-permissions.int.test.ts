/**
 * Issue 18 in the core (emulator over HTTPS, real msal-node): the effective-permission view each
 * service status carries agrees with the service itself. What the view says the person may do,
 * the probe answers 200; what it says they may not, 403, with the role that would allow it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreFixture, userWithRole, valueOf, type CoreFixture } from '../testing/core-fixture';
import { memberOfRequests, statusesOf, viewOfProbe } from './probe-agreement';

let f: CoreFixture;
afterEach(async () => f?.close());

describe('the computed view agrees with the services’ own answers', () => {
  it.each<[string | null, Record<string, number>]>([
    ['Global Administrator', { graph: 200, entra: 200, managementApi: 200, sharepoint: 200 }],
    ['SharePoint Administrator', { graph: 200, entra: 200, managementApi: 403, sharepoint: 200 }],
    [null, { graph: 200, entra: 200, managementApi: 403, sharepoint: 403 }],
  ])('as %s', async (role, expected) => {
    f = await startCoreFixture();
    const user = userWithRole(f, role);
    const statuses = await statusesOf(f, user.upn);

    for (const [serviceId, status] of Object.entries(statuses)) {
      const part = viewOfProbe(status);
      expect(part, `${serviceId}: the view covers its probe`).toBeDefined();
      expect({ serviceId, status: status.probe?.status }).toEqual({
        serviceId,
        status: part!.allowed ? 200 : 403,
      });
      expect(status.probe?.status).toBe(expected[serviceId]);
      // What is not allowed says which role would allow it.
      if (!part!.allowed) expect(part!.needs).toMatch(/Administrator/);
    }
    // The person's roles come from the token's `wids`, by name.
    expect(statuses.graph!.effective).toMatchObject({
      kind: 'delegated',
      tenantWide: false,
      directoryRoles: role ? [role] : [],
      rolesFrom: 'token',
    });
    // With `wids` in the token, Graph is not asked for the roles.
    expect(memberOfRequests(f)).toBe(0);
  });
});

describe('an app-only connection', () => {
  it('is its application permissions, tenant-wide, with no person’s roles in it', async () => {
    f = await startCoreFixture();
    const app = f.emulator.info.confidentialClient;
    const status = valueOf(
      await f.invoke('signIn.appOnly', {
        serviceId: 'graph',
        cloud: 'sandbox',
        tenant: f.emulator.info.tenantId,
        clientId: app.clientId,
        credential: {
          kind: 'certificate',
          certificatePem: readFileSync(app.certFile, 'utf8'),
          privateKeyPem: readFileSync(app.keyFile, 'utf8'),
        },
      }),
    );
    expect(status.probe?.status).toBe(200);
    expect(status.effective).toMatchObject({
      kind: 'app-only',
      tenantWide: true,
      directoryRoles: [],
    });
    expect(status.effective?.permissions.map((p) => p.permission)).toEqual(
      status.tokenDetails?.roles,
    );
    expect(status.effective?.permissions.length).toBeGreaterThan(0);
  });
});
