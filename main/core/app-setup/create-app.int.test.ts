/**
 * "Create it for me" against the sandbox tenant through Graph, as `m365 setup` does it: an admin
 * gets an app that is registered, consented and known to sign-in, and the chosen services then
 * connect with it without anyone being asked for consent. A plain user is refused plainly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupStep } from '../../../preload/contract';
import {
  nextDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { checkApp, createApp, graphAndSharePoint, signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const progress = () =>
  f.events.filter((e) => e.name === 'appSetup.progress').map((e) => e.payload as SetupStep);
const fastBackoff = { firstDelayMs: 200, maxDelayMs: 800, timeoutMs: 20_000 };

describe('create it for me', () => {
  it('an admin creates a consented app for Graph and SharePoint; Graph then connects with it, no consent asked', async () => {
    f = await startCoreFixture();
    const session = await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const result = await createApp(f, { displayName: 'M365 Desk (Contoso)' });

    expect(result).toMatchObject({
      displayName: 'M365 Desk (Contoso)',
      tenantId: session.tenantId,
    });
    expect(result.adminConsentUrl).toBeUndefined();
    expect(result.steps.map((s) => [s.id, s.state])).toEqual([
      ['resolve-permissions', 'done'],
      ['create-application', 'done'],
      ['create-service-principal', 'done'],
      ['grant-delegated-consent', 'done'],
      ['grant-application-permissions', 'done'],
      ['wait-for-replication', 'done'],
    ]);
    expect(result.steps[1]!.detail).toContain(result.clientId);
    // Every change was announced as it happened, from pending to done.
    const announced = progress();
    expect(announced.filter((s) => s.state === 'pending')).toHaveLength(6);
    expect(announced.filter((s) => s.state === 'running').map((s) => s.id)).toHaveLength(6);

    const report = await checkApp(f, result.clientId);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);

    // Nobody may consent now except admins: the sign-in works only because consent is tenant-wide.
    f.emulator.control.setUsersMayConsent(false);
    const megan = userWithRole(f, null);
    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
      app: { clientId: result.clientId, tenant: result.tenantId },
    });
    const { userCode } = await nextDeviceCode(f);
    expect(f.emulator.control.approveDeviceCode(userCode, megan.upn)).toBe(true);
    const status = valueOf(await pending);
    expect(status).toMatchObject({
      state: 'connected',
      clientId: result.clientId,
      account: { username: megan.upn },
      probe: { ok: true },
    });
    expect(status.tokenDetails?.appId).toBe(result.clientId);
  });

  it('a plain user is refused when creating the app, in plain words, and the step says so', async () => {
    f = await startCoreFixture();
    const session = await signInToSetup(f, userWithRole(f, null).upn);
    expect(session.canGrantAdminConsent).toBe(false);
    const refused = await f.invoke('appSetup.create', {
      displayName: 'Not allowed',
      services: graphAndSharePoint,
      grantAdminConsent: true,
    });
    expect(refused).toMatchObject({ ok: false, code: 'Authorization_RequestDenied' });
    if (refused.ok) return;
    expect(refused.message).toMatch(/^Microsoft Graph refused to create the app registration/);
    expect(refused.hint).toMatch(/Application Administrator/);
    expect(
      progress().find((s) => s.id === 'create-application' && s.state === 'failed'),
    ).toBeDefined();
  });

  it('leaves consent to an admin when asked to, and gives the admin consent link', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const result = await createApp(f, { grantAdminConsent: false });
    expect(result.steps.find((s) => s.id === 'grant-delegated-consent')).toMatchObject({
      state: 'skipped',
      detail: 'You chose to grant consent later.',
    });
    const url = new URL(result.adminConsentUrl!);
    expect(`${url.origin}${url.pathname}`).toBe(
      `${f.emulator.info.url}/${f.emulator.info.tenantId}/v2.0/adminconsent`,
    );
    expect(url.searchParams.get('client_id')).toBe(result.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    );
    expect(url.searchParams.get('scope')).toBe(
      'https://graph.microsoft.com/.default 00000003-0000-0ff1-ce00-000000000000/.default',
    );
  });

  it('waits for replication with backoff and shows each try', async () => {
    f = await startCoreFixture({ replicationBackoff: fastBackoff });
    f.emulator.control.setReplicationDelay(1500);
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const result = await createApp(f);
    const waited = progress().filter(
      (s) => s.id === 'wait-for-replication' && s.state === 'waiting',
    );
    expect(waited.length).toBeGreaterThanOrEqual(2);
    expect(waited.map((s) => s.attempt)).toEqual(waited.map((_, i) => i + 1));
    const done = result.steps.find((s) => s.id === 'wait-for-replication')!;
    expect(done).toMatchObject({ state: 'done', attempt: waited.length + 1 });
    const polls = f.emulator.control
      .requests()
      .filter((r) => r.path.endsWith('/devicecode') && r.clientId === result.clientId);
    expect(polls.map((r) => r.status)).toEqual([...waited.map(() => 400), 200]);
  });

  it('gives up waiting after the time limit and says the app exists', async () => {
    f = await startCoreFixture({
      replicationBackoff: { firstDelayMs: 100, maxDelayMs: 100, timeoutMs: 500 },
    });
    f.emulator.control.setReplicationDelay(60_000);
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const result = await f.invoke('appSetup.create', {
      displayName: 'Slow',
      services: graphAndSharePoint,
      grantAdminConsent: true,
    });
    expect(result).toMatchObject({ ok: false, code: 'replication_timeout' });
    if (!result.ok) expect(result.hint).toMatch(/was created: Try again finishes its setup/);
  });
});
