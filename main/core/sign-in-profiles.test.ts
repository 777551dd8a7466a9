import { describe, expect, it } from 'vitest';
import { SignInProfiles } from './sign-in-profiles';

describe('SignInProfiles (public cloud)', () => {
  it('needs an app registration: the shared PnP app is gone', async () => {
    const profiles = new SignInProfiles({ env: {} });
    await expect(profiles.forNewSignIn('public')).rejects.toMatchObject({
      code: 'no_app_registration',
    });
    const defaults = await profiles.defaults('public');
    expect(defaults.problem?.message).toMatch(/No app registration/);
    expect(defaults.clientIdSource).toEqual({ kind: 'none', detail: 'Not set' });
  });

  it('refuses an app id that is not a GUID, quoting it', async () => {
    const profiles = new SignInProfiles({ env: { CLIMICROSOFT365_ENTRAAPPID: 'my-app' } });
    await expect(profiles.forNewSignIn('public')).rejects.toMatchObject({
      code: 'invalid_client_id',
      message: 'The app id "my-app" is not a GUID.',
    });
  });

  it('uses CLIMICROSOFT365_ENTRAAPPID, then the older AADAPPID, and the tenant variable', async () => {
    const id = '31359c7f-bd7e-475c-86db-fdb8c937548e';
    const older = new SignInProfiles({ env: { CLIMICROSOFT365_AADAPPID: id } });
    expect((await older.forNewSignIn('public')).clientId).toBe(id);
    expect((await older.forNewSignIn('public')).tenant).toBe('organizations');
    const withTenant = new SignInProfiles({
      env: {
        CLIMICROSOFT365_ENTRAAPPID: id,
        CLIMICROSOFT365_TENANT: 'contoso.onmicrosoft.com',
      },
    });
    const profile = await withTenant.forNewSignIn('public');
    expect(profile.tenant).toBe('contoso.onmicrosoft.com');
    expect(profile.cloud.authorityHost).toBe('https://login.microsoftonline.com');
  });

  it('signs in with the app id as Entra spells it, however the variable spells it', async () => {
    // One app is one connection: a typed id is lower-cased too (app-registration-ids.ts).
    const id = '31359c7f-bd7e-475c-86db-fdb8c937548e';
    const shouted = new SignInProfiles({
      env: { CLIMICROSOFT365_ENTRAAPPID: ` ${id.toUpperCase()}` },
    });
    expect((await shouted.forNewSignIn('public')).clientId).toBe(id);
    expect((await shouted.defaults('public')).clientId).toBe(id.toUpperCase()); // shown as given
  });
});

describe('SignInProfiles (defaults and the person’s own choice)', () => {
  const id = '31359c7f-bd7e-475c-86db-fdb8c937548e';

  it('says which variable each default came from, the newer one winning', async () => {
    const profiles = new SignInProfiles({
      env: {
        CLIMICROSOFT365_ENTRAAPPID: id,
        CLIMICROSOFT365_AADAPPID: '00000000-0000-0000-0000-000000000001',
        CLIMICROSOFT365_TENANT: 'contoso.onmicrosoft.com',
      },
    });
    expect(await profiles.defaults('usgov')).toEqual({
      cloud: 'usgov',
      clientId: id,
      clientIdSource: { kind: 'environment', detail: 'CLIMICROSOFT365_ENTRAAPPID' },
      tenant: 'contoso.onmicrosoft.com',
      tenantSource: { kind: 'environment', detail: 'CLIMICROSOFT365_TENANT' },
    });
    const older = new SignInProfiles({ env: { CLIMICROSOFT365_AADAPPID: id } });
    expect((await older.defaults('public')).clientIdSource.detail).toBe('CLIMICROSOFT365_AADAPPID');
  });

  it('uses the app and tenant the person typed over the defaults', async () => {
    const profiles = new SignInProfiles({ env: {} });
    const profile = await profiles.forNewSignIn('china', {
      clientId: ` ${id.toUpperCase()} `,
      tenant: 'fabrikam.partner.onmschina.cn',
    });
    expect(profile).toMatchObject({ clientId: id, tenant: 'fabrikam.partner.onmschina.cn' });
    expect(profile.cloud.authorityHost).toBe('https://login.chinacloudapi.cn');
  });

  it.each([
    ['not-a-guid', 'organizations', 'invalid_client_id'],
    ['', 'organizations', 'client_id_required'],
    [id, 'contoso', 'invalid_tenant'],
    [id, 'https://contoso.sharepoint.com', 'invalid_tenant'],
    [id, 'consumers', 'tenant_required'],
  ])('refuses app "%s" in tenant "%s" with %s', async (clientId, tenant, code) => {
    const profiles = new SignInProfiles({ env: {} });
    await expect(profiles.forNewSignIn('public', { clientId, tenant })).rejects.toMatchObject({
      code,
    });
  });
});
