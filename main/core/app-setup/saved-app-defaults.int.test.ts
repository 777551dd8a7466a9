/**
 * The app Set up app created (or any app) saved as the default for new connections: used by
 * every new sign-in in its cloud, kept across restarts, and beaten by the environment variables
 * of the CLI for Microsoft 365, which the defaults then name as the source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { createApp, signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const ENV_APP = '31359c7f-bd7e-475c-86db-fdb8c937548e';
const SAVED_APP = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';
const setting = { kind: 'setting', detail: 'M365 Desk settings' };
const defaults = async (cloud: 'sandbox' | 'public') => await f.value('signIn.defaults', { cloud });
const save = (cloud: 'sandbox' | 'public', clientId: string, tenant: string) =>
  f.invoke('settings.appDefaults.set', { cloud, clientId, tenant });

describe('saved app defaults', () => {
  it('the created app becomes the default for new sign-ins, across a restart, until cleared', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const { clientId, tenantId } = await createApp(f);
    expect(valueOf(await save('sandbox', clientId.toUpperCase(), tenantId))).toEqual({
      cloud: 'sandbox',
      clientId,
      clientIdSource: setting,
      tenant: tenantId,
      tenantSource: setting,
    });

    await f.restart();
    expect(await defaults('sandbox')).toMatchObject({ clientId, clientIdSource: setting });
    const status = valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, null).upn));
    expect(status).toMatchObject({ state: 'connected', clientId });
    const deviceCodes = f.emulator.control.requests().filter((r) => r.path.endsWith('/devicecode'));
    expect(deviceCodes.at(-1)?.clientId).toBe(clientId);

    const cleared = await f.value('settings.appDefaults.clear', { cloud: 'sandbox' });
    expect(cleared).toMatchObject({
      clientId: f.emulator.info.publicClientId,
      clientIdSource: { kind: 'sandbox' },
    });
  });

  it('a saved app for Microsoft 365 makes it usable, and the default cloud', async () => {
    f = await startCoreFixture();
    const info = async () => await f.value('app.info', {});
    expect((await info()).defaultCloud).toBe('sandbox');
    expect((await defaults('public')).problem?.code).toBe('no_app_registration');
    const saved = valueOf(await save('public', SAVED_APP, 'contoso.onmicrosoft.com'));
    expect(saved).toEqual({
      cloud: 'public',
      clientId: SAVED_APP,
      clientIdSource: setting,
      tenant: 'contoso.onmicrosoft.com',
      tenantSource: setting,
    });
    expect((await info()).defaultCloud).toBe('public');
  });

  it('the environment wins, and the defaults keep naming the variable', async () => {
    f = await startCoreFixture({ env: { CLIMICROSOFT365_ENTRAAPPID: ENV_APP } });
    const saved = valueOf(await save('public', SAVED_APP, 'contoso.onmicrosoft.com'));
    expect(saved).toEqual({
      cloud: 'public',
      clientId: ENV_APP,
      clientIdSource: { kind: 'environment', detail: 'CLIMICROSOFT365_ENTRAAPPID' },
      // The saved tenant belongs to the saved app, which is not used.
      tenant: 'organizations',
      tenantSource: { kind: 'default', detail: 'Any work or school account (organizations)' },
    });
  });

  it('a tenant from the environment wins over the saved one; the saved app stays', async () => {
    f = await startCoreFixture({ env: { CLIMICROSOFT365_TENANT: 'fabrikam.onmicrosoft.com' } });
    valueOf(await save('public', SAVED_APP, 'contoso.onmicrosoft.com'));
    expect(await defaults('public')).toMatchObject({
      clientId: SAVED_APP,
      clientIdSource: setting,
      tenant: 'fabrikam.onmicrosoft.com',
      tenantSource: { kind: 'environment', detail: 'CLIMICROSOFT365_TENANT' },
    });
  });

  it('refuses an app id or tenant that cannot be right, and saves nothing', async () => {
    f = await startCoreFixture();
    expect(await save('public', 'my-app', 'contoso.onmicrosoft.com')).toMatchObject({
      ok: false,
      code: 'invalid_client_id',
    });
    expect(await save('public', SAVED_APP, 'not a tenant')).toMatchObject({
      ok: false,
      code: 'invalid_tenant',
    });
    expect((await defaults('public')).clientIdSource.kind).toBe('none');
  });
});
