/**
 * An Application Administrator may grant every API's application permissions but Microsoft
 * Graph's ("Grant tenant-wide admin consent to an application", learn.microsoft.com/entra/
 * identity/enterprise-apps/grant-admin-consent, Prerequisites). App setup grants them what they
 * may, and says before trying which of Graph's are left, who may grant them and what to send.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceChoice } from '../../../preload/contract';
import { startCoreFixture, userWithRole, type CoreFixture } from '../testing/core-fixture';
import { checkApp, createApp, signInToSetup } from '../testing/setup-helpers';
import { appAsGraphSeesIt, delegatedOnly } from '../testing/unattended-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const WHO = /Global Administrator or Privileged Role Administrator/;
const appAdmin = () => userWithRole(f, 'Application Administrator').upn;
/** Graph never had to refuse anything: no 403 from any of its endpoints. */
const graphRefusals = () =>
  f.emulator.control.requests().filter((r) => r.path.includes('/graph/') && r.status === 403);
const consentLinkOf = (clientId: string) =>
  expect.stringContaining(`/adminconsent?client_id=${clientId}`);

const bothAppOnly: ServiceChoice[] = [
  { serviceId: 'graph', level: 'minimal', includeApplication: true },
  { serviceId: 'sharepoint', level: 'minimal', includeApplication: true },
];

describe('Microsoft Graph’s application permissions need a Global or Privileged Role Administrator', () => {
  it('unattended access as an Application Administrator: SharePoint app-only works, Graph’s permissions are left for one, said plainly', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, appAdmin());
    const app = await createApp(f, { services: delegatedOnly, displayName: 'Nightly reports' });
    const result = await f.value('appSetup.unattended', {
      clientId: app.clientId,
      services: [
        { serviceId: 'sharepoint', level: 'minimal' },
        { serviceId: 'graph', level: 'minimal' },
      ],
      validityDays: 365,
      siteUrl: f.emulator.info.sharepoint.rootUrl,
    });

    expect(result.granted).toEqual(['SharePoint: Sites.Read.All']);
    expect(result.services.map((s) => [s.serviceId, s.state, s.tokenDetails?.tokenType])).toEqual([
      ['sharepoint', 'connected', 'app-only'],
    ]);
    expect(result.leftForAdministrator).toEqual({
      permissions: ['Microsoft Graph: Organization.Read.All'],
      message: expect.stringMatching(WHO),
      adminConsentUrl: consentLinkOf(app.clientId),
    });
    expect(result.leftForAdministrator!.message).toMatch(/Microsoft Graph/);
    expect(graphRefusals()).toEqual([]);
    // On the app: the certificate, SharePoint's grant, and Graph's permission asked for, so the
    // admin consent link (`.default`) grants it.
    const seen = await appAsGraphSeesIt(f, app.clientId);
    expect(seen.keys).toHaveLength(1);
    expect(seen.assignments).toHaveLength(1);
  });

  it('unattended access for Microsoft Graph alone as an Application Administrator is refused before anything is made', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, appAdmin());
    const app = await createApp(f, { services: delegatedOnly, displayName: 'Directory export' });
    const refused = await f.invoke('appSetup.unattended', {
      clientId: app.clientId,
      services: [{ serviceId: 'graph', level: 'minimal' }],
      validityDays: 365,
    });
    expect(refused).toMatchObject({ ok: false, code: 'graph_app_roles_need_admin' });
    if (refused.ok) return;
    expect(refused.message).toMatch(/Microsoft Graph/);
    expect(refused.message).toMatch(/Organization\.Read\.All/);
    expect(refused.hint).toMatch(WHO);
    expect(refused.hint).toContain(`/adminconsent?client_id=${app.clientId}`);
    const seen = await appAsGraphSeesIt(f, app.clientId);
    expect(seen.keys).toEqual([]);
    expect(seen.assignments).toEqual([]);
    expect(graphRefusals()).toEqual([]);
  });

  it('Create as an Application Administrator grants SharePoint’s application permissions and leaves Graph’s, with the link', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, appAdmin());
    const result = await createApp(f, { services: bothAppOnly, displayName: 'Both ways' });
    const step = result.steps.find((s) => s.id === 'grant-application-permissions')!;
    expect(step.state).toBe('done');
    expect(step.detail).toMatch(/^1 permission granted for the whole tenant/);
    expect(step.detail).toMatch(/Microsoft Graph’s Organization\.Read\.All/);
    expect(step.detail).toMatch(WHO);
    expect(result.adminConsentUrl).toEqual(consentLinkOf(result.clientId));
    expect(graphRefusals()).toEqual([]);

    // Check my app says the same, and offers no fix this person cannot apply.
    const consent = (await checkApp(f, result.clientId, bothAppOnly)).checks.find(
      (c) => c.id === 'consent',
    )!;
    expect(consent.ok).toBe(false);
    expect(consent.detail).toMatch(WHO);
    expect(consent.fix).toBeUndefined();
    const fix = await f.invoke('appSetup.fix', {
      clientId: result.clientId,
      services: bothAppOnly,
      fix: 'grant-consent',
    });
    expect(fix).toMatchObject({ ok: false, code: 'graph_app_roles_need_admin' });
    expect(graphRefusals()).toEqual([]);
  });

  it('a Global Administrator still gets Graph’s application permissions granted and connected', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const result = await createApp(f, { services: bothAppOnly, displayName: 'Both ways' });
    expect(result.steps.find((s) => s.id === 'grant-application-permissions')).toMatchObject({
      state: 'done',
      detail: '2 permissions granted for the whole tenant',
    });
    expect(result.adminConsentUrl).toBeUndefined();
  });
});
