/**
 * The consent walkthrough: a panel in `consent-needed` says which permissions are missing and
 * who can grant them, gives the admin consent link, and an administrator can grant it in the
 * sign-in window, after which the service connects. Consent stays incremental per service.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { ScriptedWindow } from '../testing/scripted-window';
import { createApp, signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const NATIVE = 'https://login.microsoftonline.com/common/oauth2/nativeclient';

async function start(): Promise<ScriptedWindow> {
  const window = new ScriptedWindow();
  f = await startCoreFixture({ signInWindow: window });
  window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
  return window;
}

const need = async (serviceId: ServiceId) => await f.value('consent.need', { serviceId });
const grantAsAdmin = (serviceId: ServiceId) => f.invoke('consent.grantAsAdmin', { serviceId });

/** Admin connects Graph, then the Management API, whose tenant-wide consent was taken away. */
async function managementApiWithoutConsent(): Promise<ServiceStatus> {
  f.emulator.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  const graph = valueOf(
    await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
  );
  return await f.value('service.useAccount', {
    serviceId: 'managementApi',
    connectionId: graph.connectionId!,
  });
}

describe('consent walkthrough', () => {
  it('lists the missing permission with its meaning, who may grant it, and the admin consent link', async () => {
    await start();
    const status = await managementApiWithoutConsent();
    expect(status).toMatchObject({
      state: 'consent-needed',
      missingPermissions: ['ActivityFeed.Read'],
      problem: { code: 'AADSTS65001' },
    });
    const { info } = f.emulator;
    const walkthrough = await need('managementApi');
    expect(walkthrough).toMatchObject({
      serviceId: 'managementApi',
      clientId: info.publicClientId,
      tenantId: info.tenantId,
      missing: [
        {
          value: 'ActivityFeed.Read',
          type: 'delegated',
          meaning: 'Read your organisation’s audit and activity logs',
          adminConsentRequired: true,
        },
      ],
      adminRequired: true,
      // The Management API has a saved sign-in: asking again shows whether consent came.
      recheck: 'refresh',
    });
    const url = new URL(walkthrough.adminConsentUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${info.url}/${info.tenantId}/v2.0/adminconsent`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: info.publicClientId,
      scope: 'https://manage.office.com/ActivityFeed.Read',
      redirect_uri: NATIVE,
    });
    expect(await f.invoke('consent.need', { serviceId: 'graph' })).toMatchObject({
      ok: false,
      code: 'no_consent_needed',
    });
  });

  it('an admin grants it in the sign-in window and the service connects', async () => {
    const window = await start();
    await managementApiWithoutConsent();
    window.person = userWithRole(f, 'Global Administrator');
    const answer = valueOf(await grantAsAdmin('managementApi'));
    expect(answer.granted).toBe(true);
    expect(answer.status).toMatchObject({ state: 'connected', probe: { ok: true } });
    expect(answer.status.scopes).toContain('ActivityFeed.Read');
    const [opened] = window.opened;
    expect(new URL(opened!.url).pathname).toBe(`/${f.emulator.info.tenantId}/v2.0/adminconsent`);
    expect(opened!.redirectUri).toBe(NATIVE);
    expect(f.events.find((e) => e.name === 'signIn.pending')?.payload).toMatchObject({
      serviceId: 'managementApi',
      method: 'in-app-window',
    });
  });

  it('says plainly when the account in the window is no admin, and when the admin declines', async () => {
    const window = await start();
    await managementApiWithoutConsent();
    window.person = userWithRole(f, null);
    const refused = await grantAsAdmin('managementApi');
    expect(refused).toMatchObject({ ok: false, code: 'AADSTS90094' });
    if (!refused.ok) expect(refused.message).toMatch(/cannot grant consent for the whole/);

    window.person = userWithRole(f, 'Global Administrator');
    window.answer = 'cancel';
    const declined = valueOf(await grantAsAdmin('managementApi'));
    expect(declined).toMatchObject({ granted: false, status: { state: 'consent-needed' } });
  });

  it('a plain user’s first sign-in that needs an admin (90094) shows consent-needed; after an admin grants, the user connects', async () => {
    const window = await start();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const app = await createApp(f, {
      services: [{ serviceId: 'graph', level: 'minimal', includeApplication: false }],
      grantAdminConsent: false,
    });
    f.emulator.control.setUsersMayConsent(false);
    const megan = userWithRole(f, null);
    window.person = megan;
    const signIn = () =>
      f.invoke('signIn.interactive', {
        serviceId: 'graph',
        cloud: 'sandbox',
        method: 'in-app-window',
        app: { clientId: app.clientId, tenant: app.tenantId },
      });

    expect(await signIn()).toMatchObject({ ok: false, code: 'AADSTS90094' });
    const panel = await f.value('service.refresh', { serviceId: 'graph' });
    expect(panel).toMatchObject({
      state: 'consent-needed',
      clientId: app.clientId,
      missingPermissions: ['User.Read'],
      problem: { code: 'AADSTS90094' },
    });
    const walkthrough = await need('graph');
    // User.Read needs no admin by itself; the tenant's policy (90094) says only admins consent.
    expect(walkthrough.missing.map((p) => [p.value, p.adminConsentRequired])).toEqual([
      ['User.Read', false],
    ]);
    // Nothing was saved by the failed sign-in: only a new sign-in can tell that consent came.
    expect(walkthrough).toMatchObject({
      clientId: app.clientId,
      adminRequired: true,
      recheck: 'sign-in',
    });

    window.person = userWithRole(f, 'Global Administrator');
    const granted = valueOf(await grantAsAdmin('graph'));
    expect(granted).toMatchObject({
      granted: true,
      status: { state: 'needs-sign-in', problem: { code: 'consent_granted' } },
    });

    window.person = megan;
    expect(valueOf(await signIn())).toMatchObject({
      state: 'connected',
      clientId: app.clientId,
      account: { username: megan.upn },
    });
  });

  it('is incremental per service: a SharePoint sign-in asks only for SharePoint’s scope', async () => {
    await start();
    const { rootUrl } = f.emulator.info.sharepoint;
    valueOf(
      await signInByDeviceCode(
        f,
        'sharepoint',
        userWithRole(f, 'SharePoint Administrator').upn,
        `${rootUrl}/sites/hr`,
      ),
    );
    const asked = f.emulator.control.requests().find((r) => r.path.endsWith('/devicecode'))!;
    const resourceScopes = asked.scope!.split(' ').filter((s) => s.includes('/'));
    expect(resourceScopes).toEqual([`${rootUrl}/AllSites.Read`]);
  });
});
