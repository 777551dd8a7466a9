import { describe, expect, it } from 'vitest';
import { SignInProfiles } from './sign-in-profiles';

describe('SignInProfiles (public cloud)', () => {
  it('needs an app registration: the shared PnP app is gone', async () => {
    const profiles = new SignInProfiles(undefined, {});
    await expect(profiles.forNewSignIn('public')).rejects.toMatchObject({
      code: 'no_app_registration',
    });
    expect(profiles.clouds()[0]?.unavailableReason).toMatch(/No app registration/);
  });

  it('refuses an app id that is not a GUID, quoting it', async () => {
    const profiles = new SignInProfiles(undefined, { CLIMICROSOFT365_ENTRAAPPID: 'my-app' });
    await expect(profiles.forNewSignIn('public')).rejects.toMatchObject({
      code: 'invalid_client_id',
      message: 'The app id "my-app" is not a GUID.',
    });
  });

  it('uses CLIMICROSOFT365_ENTRAAPPID, then the older AADAPPID, and the tenant variable', async () => {
    const id = '31359c7f-bd7e-475c-86db-fdb8c937548e';
    const older = new SignInProfiles(undefined, { CLIMICROSOFT365_AADAPPID: id });
    expect((await older.forNewSignIn('public')).clientId).toBe(id);
    expect((await older.forNewSignIn('public')).tenant).toBe('organizations');
    const withTenant = new SignInProfiles(undefined, {
      CLIMICROSOFT365_ENTRAAPPID: id,
      CLIMICROSOFT365_TENANT: 'contoso.onmicrosoft.com',
    });
    const profile = await withTenant.forNewSignIn('public');
    expect(profile.tenant).toBe('contoso.onmicrosoft.com');
    expect(profile.cloud.authorityHost).toBe('https://login.microsoftonline.com');
  });
});
