/**
 * "Check my app" on deliberately broken apps, one test per broken setting: each check reports
 * what it found, says how to fix it by hand, and its fix makes it pass.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCheck, AppCheckReport, ServiceChoice } from '../../../preload/contract';
import { NATIVE_CLIENT_REDIRECT_URI } from '../flows/sign-in-window-flow';
import {
  nextDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import {
  checkApp,
  createApp,
  graphAndSharePoint,
  graphAs,
  signInToSetup,
} from '../testing/setup-helpers';

let f: CoreFixture;
beforeEach(async () => {
  f = await startCoreFixture();
  await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
});
afterEach(async () => f?.close());

const failed = (report: AppCheckReport) => report.checks.filter((c) => !c.ok);
const check = (report: AppCheckReport, id: AppCheck['id']) =>
  report.checks.find((c) => c.id === id)!;
const fix = async (
  clientId: string,
  which: NonNullable<AppCheck['fix']>,
  services: ServiceChoice[] = graphAndSharePoint,
) => await f.value('appSetup.fix', { clientId, services, fix: which });

describe('check my app', () => {
  it('public client flows off: device code fails with 7000218 naming the app; the fix turns them on', async () => {
    const { clientId, tenantId } = await createApp(f);
    f.emulator.control.setPublicClientFlows(clientId, false);
    const report = await checkApp(f, clientId);
    expect(failed(report).map((c) => c.id)).toEqual(['public-client-flows']);
    expect(check(report, 'public-client-flows')).toMatchObject({
      fix: 'enable-public-client-flows',
      detail: expect.stringContaining('AADSTS7000218'),
      fixByHand: expect.stringContaining('Allow public client flows” to Yes'),
    });

    const signIn = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId, tenant: tenantId },
    });
    const { userCode } = await nextDeviceCode(f);
    f.emulator.control.approveDeviceCode(userCode, userWithRole(f, null).upn);
    const refused = await signIn;
    expect(refused).toMatchObject({ ok: false, code: 'AADSTS7000218' });
    if (!refused.ok) {
      expect(refused.message).toContain(`The app registration ${clientId} does not allow`);
      expect(refused.hint).toContain('Set up app → Check my app');
    }

    const fixed = await fix(clientId, 'enable-public-client-flows');
    expect(fixed.ok).toBe(true);
    const again = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId, tenant: tenantId },
    });
    f.emulator.control.approveDeviceCode(
      (await nextDeviceCode(f)).userCode,
      userWithRole(f, null).upn,
    );
    expect(valueOf(await again).state).toBe('connected');
  });

  it('a redirect URI missing: says which, and the fix adds it back', async () => {
    const { clientId } = await createApp(f);
    f.emulator.control.removeRedirectUri(clientId, NATIVE_CLIENT_REDIRECT_URI);
    const report = await checkApp(f, clientId);
    expect(failed(report).map((c) => c.id)).toEqual(['redirect-uris']);
    expect(check(report, 'redirect-uris')).toMatchObject({
      fix: 'add-redirect-uris',
      detail: expect.stringContaining(NATIVE_CLIENT_REDIRECT_URI),
      fixByHand: expect.stringContaining('Mobile and desktop applications'),
    });
    const fixed = await fix(clientId, 'add-redirect-uris');
    expect(fixed.ok).toBe(true);
  });

  it('a permission missing: names it, adds it, and consent for it is a separate fix', async () => {
    const minimal: ServiceChoice[] = [
      { serviceId: 'graph', level: 'minimal', includeApplication: false },
    ];
    const wanted: ServiceChoice[] = [
      { serviceId: 'graph', level: 'minimal', includeApplication: false },
      { serviceId: 'managementApi', level: 'minimal', includeApplication: false },
    ];
    const { clientId } = await createApp(f, { services: minimal });
    const report = await checkApp(f, clientId, wanted);
    expect(failed(report).map((c) => c.id)).toEqual(['required-permissions', 'consent']);
    expect(check(report, 'required-permissions')).toMatchObject({
      fix: 'add-permissions',
      detail:
        'Not in the app’s API permissions: Office 365 Management APIs: ActivityFeed.Read (delegated).',
      fixByHand: expect.stringContaining('API permissions → Add a permission'),
    });
    const added = await fix(clientId, 'add-permissions', wanted);
    expect(failed(added).map((c) => c.id)).toEqual(['consent']);
    const consented = await fix(clientId, 'grant-consent', wanted);
    expect(consented.ok).toBe(true);
  });

  it('no service principal: says nothing can be consented yet; the fix creates it', async () => {
    const admin = await graphAs(f, userWithRole(f, 'Global Administrator').upn);
    const app = await admin.graph.createApplication({
      displayName: 'Registered only',
      signInAudience: 'AzureADMyOrg',
      isFallbackPublicClient: true,
      publicClient: { redirectUris: ['http://localhost', NATIVE_CLIENT_REDIRECT_URI] },
    });
    admin.close();
    const services: ServiceChoice[] = [
      { serviceId: 'graph', level: 'minimal', includeApplication: false },
    ];
    const report = await checkApp(f, app.appId, services);
    expect(failed(report).map((c) => [c.id, c.fix])).toEqual([
      ['required-permissions', 'add-permissions'],
      ['service-principal', 'create-service-principal'],
      ['consent', 'grant-consent'],
    ]);
    expect(check(report, 'consent').detail).toBe(
      'Nothing is consented yet: the app has no service principal.',
    );
    const created = await fix(app.appId, 'create-service-principal', services);
    expect(check(created, 'service-principal').ok).toBe(true);
    expect(check(created, 'consent').detail).toContain('Tenant-wide consent is missing');
  });

  it('consent missing: an admin’s fix grants it; a plain user gets only the link', async () => {
    const { clientId } = await createApp(f, { grantAdminConsent: false });
    const report = await checkApp(f, clientId);
    expect(failed(report).map((c) => c.id)).toEqual(['consent']);
    const consent = check(report, 'consent');
    expect(consent.fix).toBe('grant-consent');
    expect(consent.fixByHand).toContain(
      `${f.emulator.info.url}/${f.emulator.info.tenantId}/v2.0/adminconsent?client_id=${clientId}`,
    );

    await signInToSetup(f, userWithRole(f, null).upn);
    const asUser = check(await checkApp(f, clientId), 'consent');
    expect(asUser.ok).toBe(false);
    expect(asUser.fix).toBeUndefined();
    expect(
      await f.invoke('appSetup.fix', {
        clientId,
        services: graphAndSharePoint,
        fix: 'grant-consent',
      }),
    ).toMatchObject({ ok: false, code: 'admin_required' });

    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    expect((await fix(clientId, 'grant-consent')).ok).toBe(true);
  });

  it('an app that does not exist: one failing check, with how to create one', async () => {
    const report = await checkApp(f, '3f0b2a9e-6c1d-4e7a-9b8c-0d1e2f3a4b5c');
    expect(report).toMatchObject({ ok: false, checks: [{ id: 'app-exists', ok: false }] });
    expect(report.checks[0]!.fixByHand).toMatch(/Create it for me/);
    expect(
      await f.invoke('appSetup.check', {
        clientId: 'my-app',
        services: graphAndSharePoint,
      }),
    ).toMatchObject({ ok: false, code: 'invalid_client_id' });
  });
});
