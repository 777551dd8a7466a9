import { setTimeout as delay } from 'node:timers/promises';
import { CryptoProvider, InteractionRequiredAuthError } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { GRAPH_APP_ID, useAppSetupFixture } from '../testing/app-setup-fixture.js';
import { graphSetupSteps } from '../testing/graph-setup-steps.js';
import { flowIdOf, jsonOf } from '../testing/https-client.js';

const REDIRECT = 'http://localhost:8411';

describe('tenant consent policy, replication delay and redirect URI controls', () => {
  const f = useAppSetupFixture();
  const { createApp, grantTenantWide } = graphSetupSteps(f);
  const newApp = async (name: string) =>
    createApp(await f.cliToken('admin'), name, { [GRAPH_APP_ID]: ['User.Read'] });

  /** Opens the authorize page for `appId`, signs in as `account`; returns the answer. */
  async function browserSignIn(appId: string, account: 'admin' | 'megan') {
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await f.publicClient(appId).getAuthCodeUrl({
      scopes: ['User.Read'],
      redirectUri: REDIRECT,
      codeChallenge: pkce.challenge,
      codeChallengeMethod: 'S256',
    });
    const page = await f.client.get(url);
    if (page.status !== 200) return page;
    const user = f.emulator.info.users.find((u) => u.upn === f.upn(account))!;
    return f.client.postForm('/authorize/signin', {
      flow: flowIdOf(page),
      email: user.upn,
      password: user.password,
    });
  }

  it('by default a plain user consents to a user-consentable scope: a Principal grant', async () => {
    const app = await newApp('User consent');
    const pca = f.publicClient(app.appId);
    const result = await f.deviceCode(app.appId, f.upn('megan'), ['User.Read'], pca);
    expect(String(decodeJwt(result.accessToken).scp).split(' ')).toContain('User.Read');
    const grants = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${app.spId}'`,
      await f.cliToken('admin'),
    );
    expect(grants.value).toEqual([
      expect.objectContaining({
        consentType: 'Principal',
        principalId: decodeJwt(result.accessToken).oid,
        scope: 'User.Read',
      }),
    ]);

    // Scopes nobody consented to are consent_required (AADSTS65001) without interaction.
    const refused = await pca
      .acquireTokenSilent({ account: result.account!, scopes: ['Directory.Read.All'] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InteractionRequiredAuthError);
    expect((refused as InteractionRequiredAuthError).errorMessage).toContain('AADSTS65001');
  });

  it('with users not allowed to consent, a plain user needs an admin (AADSTS90094)', async () => {
    const policy = await f.client.postJson('/_emulator/consent-policy', { usersMayConsent: false });
    expect(policy.status).toBe(200);
    try {
      const app = await newApp('Locked tenant');
      const code = await f.client.startDeviceCode('User.Read', app.appId);
      const approval = await f.client.approve(code.user_code, f.upn('megan'));
      expect(approval.status).toBe(403);
      expect(jsonOf(approval)).toMatchObject({
        error: 'admin_consent_required',
        error_codes: [90094],
        scopes: ['User.Read'],
      });

      // The browser shows "Need admin approval" first; its way back tells the app why.
      const approvalPage = await browserSignIn(app.appId, 'megan');
      expect(approvalPage.text).toContain('Need admin approval');
      const browser = await f.client.postForm('/authorize/consent', {
        flow: flowIdOf(approvalPage),
        action: 'cancel',
      });
      expect(browser.status).toBe(302);
      const location = new URL(browser.headers.location ?? '');
      expect(location.searchParams.get('error')).toBe('consent_required');
      expect(location.searchParams.get('error_description')).toContain('AADSTS90094');

      // Consent that exists keeps working: the sandbox app holds tenant-wide consent.
      await f.client.signIn(f.upn('megan'), 'https://graph.microsoft.com/.default openid');

      // Once an admin grants it for everyone, the user gets in without being asked.
      await grantTenantWide(await f.cliToken('admin'), app.spId, GRAPH_APP_ID, 'User.Read');
      const result = await f.deviceCode(app.appId, f.upn('megan'), ['User.Read']);
      expect(decodeJwt(result.accessToken).scp).toBe('User.Read');
    } finally {
      f.emulator.control.setUsersMayConsent(true);
    }
  });

  it('replication delay: a new app is unknown to sign-in (AADSTS700016) until it passes', async () => {
    f.emulator.control.setReplicationDelay(1500);
    try {
      const token = await f.cliToken('admin');
      const app = await newApp('Fresh app');
      const createdAt = Date.now();
      await grantTenantWide(token, app.spId, GRAPH_APP_ID, 'User.Read');
      // Graph sees it at once.
      expect((await f.graph('GET', `/v1.0/applications/${app.id}`, token)).status).toBe(200);
      await expect(f.client.startDeviceCode('User.Read', app.appId)).rejects.toThrow(
        /400 .*unauthorized_client.*AADSTS700016/,
      );
      const page = await browserSignIn(app.appId, 'admin');
      expect(page.status).toBe(400);
      expect(page.text).toContain('AADSTS700016');
      // Seeded apps replicated long ago.
      await f.client.signIn(f.upn('admin'), 'User.Read');

      await delay(Math.max(0, createdAt + 1600 - Date.now()));
      const result = await f.deviceCode(app.appId, f.upn('megan'), ['User.Read']);
      expect(decodeJwt(result.accessToken).appid).toBe(app.appId);
    } finally {
      await f.client.postJson('/_emulator/replication-delay', { ms: 0 });
    }
  });

  it('removeRedirectUri takes a redirect URI away (AADSTS50011)', async () => {
    const app = await newApp('Loses its loopback');
    expect((await browserSignIn(app.appId, 'admin')).status).toBe(200);
    const removed = await f.client.postJson('/_emulator/redirect-uris/remove', {
      clientId: app.appId,
      redirectUri: 'http://localhost',
    });
    expect(removed.status).toBe(200);
    const page = await browserSignIn(app.appId, 'admin');
    expect(page.status).toBe(400);
    expect(page.text).toContain('AADSTS50011');
    const read = await f.graphOk<{ publicClient: { redirectUris: string[] } }>(
      'GET',
      `/v1.0/applications/${app.id}`,
      await f.cliToken('admin'),
    );
    expect(read.publicClient.redirectUris).toEqual([
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    ]);
  });

  it('control routes answer 400 with the reason for bad input', async () => {
    const bad = async (path: string, body: unknown) => {
      const answer = await f.client.postJson(path, body);
      expect(answer.status, path).toBe(400);
      expect(jsonOf<{ message: string }>(answer).message).toBeTruthy();
    };
    await bad('/_emulator/consent-policy', { usersMayConsent: 'no' });
    await bad('/_emulator/replication-delay', { ms: -1 });
    await bad('/_emulator/redirect-uris/remove', { clientId: 'nope', redirectUri: 'x' });
    await bad('/_emulator/public-client-flows', { clientId: f.emulator.info.publicClientId });
    const flows = await f.client.postJson('/_emulator/public-client-flows', {
      clientId: f.emulator.info.publicClientId,
      enabled: true,
    });
    expect(flows.status).toBe(200);
  });
});
