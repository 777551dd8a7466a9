/**
 * The app registration is per connection: a sign-in can name its own app and tenant, changing
 * a connection's app asks for a new sign-in and says why, and signing in again moves the
 * connection's services and name over to the new sign-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
  nextDeviceCode,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const OTHER_APP = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';
const connections = async () => await f.value('accounts.list', {});

describe('app registration per connection', () => {
  it('changing the app marks the connection "needs sign-in" with the reason, across a restart', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    const [connection] = await connections();
    const tokenCalls = () => f.emulator.control.requests().filter((r) => r.path.endsWith('/token'));
    const before = tokenCalls().length;

    const changed = await f.value('accounts.changeApp', {
      connectionId: connection!.id,
      clientId: OTHER_APP.toUpperCase(),
    });
    expect(changed).toMatchObject({
      clientId: OTHER_APP,
      signInRequired: { code: 'app_changed' },
      services: ['graph'],
    });
    expect(changed.signInRequired?.message).toContain(f.emulator.info.publicClientId);
    const published = f.events
      .filter((e) => e.name === 'service.changed')
      .map((e) => e.payload as ServiceStatus)
      .filter((status) => status.serviceId === 'graph')
      .at(-1);
    expect(published).toMatchObject({ state: 'needs-sign-in', problem: { code: 'app_changed' } });

    await f.restart();
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status).toMatchObject({
      state: 'needs-sign-in',
      clientId: OTHER_APP,
      problem: { code: 'app_changed', hint: 'Sign in again to use the new app.' },
    });
    // Nothing was sent with the old refresh token to the new app: a silent failure is not possible.
    expect(tokenCalls().length).toBe(before);
  });

  it('refuses a malformed app id or tenant and keeps the connection as it was', async () => {
    f = await startCoreFixture();
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    const [connection] = await connections();
    expect(
      await f.invoke('accounts.changeApp', {
        connectionId: connection!.id,
        clientId: 'not-a-guid',
      }),
    ).toMatchObject({ ok: false, code: 'invalid_client_id' });
    expect(
      await f.invoke('accounts.changeApp', {
        connectionId: connection!.id,
        clientId: OTHER_APP,
        tenant: 'not a tenant',
      }),
    ).toMatchObject({ ok: false, code: 'invalid_tenant' });
    const [after] = await connections();
    expect(after).toEqual(connection);
  });

  it('signing in again moves the services and the name to the new sign-in', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    await f.value('service.useAccount', {
      serviceId: 'entra',
      connectionId: (await connections())[0]!.id,
    });
    const [original] = await connections();
    await f.value('accounts.rename', {
      connectionId: original!.id,
      name: 'Contoso admin',
    });
    await f.value('accounts.changeApp', {
      connectionId: original!.id,
      clientId: OTHER_APP,
    });

    // "Sign in again", here with the sandbox's own app, named explicitly as a person would.
    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId: f.emulator.info.publicClientId, tenant: f.emulator.info.tenantId },
      replacesConnectionId: original!.id,
    });
    const { userCode } = await nextDeviceCode(f);
    f.emulator.control.approveDeviceCode(userCode, admin.upn);
    expect(valueOf(await pending).state).toBe('connected');

    const list = await connections();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      name: 'Contoso admin',
      clientId: f.emulator.info.publicClientId,
    });
    expect(list[0]!.signInRequired).toBeUndefined();
    expect([...list[0]!.services].sort()).toEqual(['entra', 'graph']);
    const entra = await f.value('service.refresh', { serviceId: 'entra' });
    expect(entra.state).toBe('connected');
  });

  it('a sign-in names its own app: an app the tenant does not know fails with the reason', async () => {
    f = await startCoreFixture();
    const result = await f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId: OTHER_APP, tenant: f.emulator.info.tenantId },
    });
    expect(result).toMatchObject({ ok: false, code: 'AADSTS700016' });
  });

  it('defaults show where each value came from', async () => {
    f = await startCoreFixture({ env: { CLIMICROSOFT365_ENTRAAPPID: OTHER_APP } });
    const sandbox = await f.value('signIn.defaults', { cloud: 'sandbox' });
    expect(sandbox.clientIdSource.kind).toBe('sandbox');
    expect(await f.invoke('signIn.defaults', { cloud: 'public' })).toMatchObject({
      ok: true,
      value: {
        clientId: OTHER_APP,
        clientIdSource: { kind: 'environment', detail: 'CLIMICROSOFT365_ENTRAAPPID' },
        tenant: 'organizations',
      },
    });
  });
});
