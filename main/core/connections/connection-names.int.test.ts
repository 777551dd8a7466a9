/**
 * What connections are called, against the sandbox tenant over HTTPS with real msal-node: the
 * person and the app ("Adele Vance · M365 Desk (sandbox)"), the app's name read from the
 * directory when the token may read it (and never asked when it may not), else the name Set up
 * app created it with; app-only connections by their app and tenant; and the same person
 * through the same app and tenant is always one connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  nextDeviceCode,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { createApp, signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const SANDBOX_APP = 'M365 Desk (sandbox)';
const TENANT = 'Contoso (sandbox)';
const accounts = () => f.value('accounts.list', {});
const organizationReads = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/v1.0/organization')).length;
const principalReads = () =>
  f.emulator.control.requests().filter((r) => r.path.includes('/servicePrincipals(appId='));

describe('a connection is named by person and app', () => {
  it('reads the tenant and the app from the directory with the sign-in’s own token, once', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    const [named] = await accounts();
    expect(named).toMatchObject({
      name: `${admin.displayName} · ${SANDBOX_APP}`,
      appDisplayName: SANDBOX_APP,
      tenantName: TENANT,
      tenantDomain: f.emulator.info.tenantDomain,
    });
    expect(graph).toMatchObject({ connectionName: named!.name, tenantName: TENANT });
    expect(principalReads().map((r) => r.status)).toEqual([200]);
    expect(f.events.filter((e) => e.name === 'accounts.changed').at(-1)?.payload).toEqual([named]);

    // Known now, and kept: a new core reads nothing again to name it.
    await f.restart();
    expect((await accounts())[0]!.name).toBe(named!.name);
    await f.value('service.refreshAll', {});
    expect(principalReads()).toHaveLength(1);
    expect(organizationReads()).toBe(1);
  });

  it('an app the directory does not let it read goes by the name the wizard created it with', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    await signInToSetup(f, admin.upn);
    const created = await createApp(f, {
      displayName: 'Contoso admin app',
      services: [{ serviceId: 'graph', level: 'minimal', includeApplication: false }],
    });
    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId: created.clientId, tenant: created.tenantId },
    });
    f.emulator.control.approveDeviceCode((await nextDeviceCode(f)).userCode, admin.upn);
    const status = valueOf(await pending);
    expect(status.scopes).not.toContain('Directory.Read.All');
    expect(status.connectionName).toBe(`${admin.displayName} · Contoso admin app`);
    expect((await accounts())[0]).toMatchObject({
      appDisplayName: 'Contoso admin app',
      tenantName: TENANT, // User.Read may read the organization
    });
    // Its token may not read service principals: not asked, so nothing was refused.
    expect(principalReads()).toEqual([]);
  });

  it('an app-only connection is its app, in its tenant, whichever service it connects', async () => {
    f = await startCoreFixture();
    const app = f.emulator.info.confidentialClient;
    const status = await f.value('signIn.appOnly', {
      serviceId: 'azureManagement',
      cloud: 'sandbox',
      tenant: f.emulator.info.tenantDomain,
      clientId: app.clientId,
      credential: { kind: 'secret', secret: app.secret },
    });
    expect(status).toMatchObject({
      state: 'connected',
      connectionName: 'M365 Desk app-only (sandbox)',
      account: { displayName: 'M365 Desk app-only (sandbox)' },
      tenantName: TENANT,
      tenantDomain: f.emulator.info.tenantDomain,
    });
    expect((await accounts())[0]).toMatchObject({
      kind: 'app-only',
      name: 'M365 Desk app-only (sandbox)',
      displayName: 'M365 Desk app-only (sandbox)',
      tenantName: TENANT,
    });
  });
});

describe('one connection per person, app and tenant', () => {
  it('a connection moved to an app, then a new sign-in through it: one connection, working', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    await signInToSetup(f, admin.upn);
    const created = await createApp(f, { displayName: 'Contoso admin app' });
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    const [connection] = await accounts();
    await f.value('accounts.changeApp', {
      connectionId: connection!.id,
      clientId: created.clientId,
    });

    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'entra',
      cloud: 'sandbox',
      app: { clientId: created.clientId, tenant: created.tenantId },
    });
    f.emulator.control.approveDeviceCode((await nextDeviceCode(f)).userCode, admin.upn);
    expect(valueOf(await pending).connectionId).toBe(connection!.id);
    const after = await accounts();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ clientId: created.clientId, services: ['graph', 'entra'] });
    expect(after[0]!.signInRequired).toBeUndefined();
    await expect
      .poll(async () => (await f.value('service.refresh', { serviceId: 'graph' })).state)
      .toBe('connected');
  });
});
