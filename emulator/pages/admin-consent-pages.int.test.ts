import { CryptoProvider } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_APP_ID,
  setupApplicationPayload,
  useAppSetupFixture,
} from '../testing/app-setup-fixture.js';
import { graphSetupSteps } from '../testing/graph-setup-steps.js';
import { flowIdOf } from '../testing/https-client.js';

const REDIRECT = 'http://localhost:8400';
const USER_READ = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d';
const DIRECTORY_READ_ALL = '06da0dbc-49e2-44d2-8312-53f166ab848a';
const USER_READ_ALL_ROLE = 'df021288-bdef-4463-88db-98f22de89214';

// The admin consent link the wizard hands to an administrator, walked like a browser would.
describe('v2.0 admin consent endpoint', () => {
  const f = useAppSetupFixture();
  const { servicePrincipal } = graphSetupSteps(f);

  /** An app that requires a user scope, an admin scope and an app role; no service principal yet. */
  async function newApp(displayName: string) {
    const token = await f.cliToken('admin');
    return f.graphOk<{ id: string; appId: string }>(
      'POST',
      '/v1.0/applications',
      token,
      setupApplicationPayload(displayName, [
        {
          resourceAppId: GRAPH_APP_ID,
          resourceAccess: [
            { id: USER_READ, type: 'Scope' },
            { id: DIRECTORY_READ_ALL, type: 'Scope' },
            { id: USER_READ_ALL_ROLE, type: 'Role' },
          ],
        },
      ]),
    );
  }

  const consentUrl = (appId: string, redirect = REDIRECT) =>
    `/${f.emulator.info.tenantId}/v2.0/adminconsent?${new URLSearchParams({
      client_id: appId,
      scope: 'https://graph.microsoft.com/.default',
      redirect_uri: redirect,
      state: 'st-42',
    })}`;

  /** Opens the link and signs in as `account`; returns the answer after the password. */
  async function signIn(appId: string, account: 'admin' | 'megan') {
    const page = await f.client.get(consentUrl(appId));
    expect(page.status).toBe(200);
    const user = f.emulator.info.users.find((u) => u.upn === f.upn(account))!;
    return f.client.postForm('/adminconsent/signin', {
      flow: flowIdOf(page),
      email: user.upn,
      password: user.password,
    });
  }

  const redirectParams = (answer: { status: number; headers: Record<string, string> }) => {
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.location ?? '');
    expect(location.origin).toBe(REDIRECT);
    return Object.fromEntries(location.searchParams);
  };

  it('an admin consents for the tenant: service principal, grant, app role, redirect', async () => {
    const app = await newApp('Consented by link');
    const consent = await signIn(app.appId, 'admin');
    expect(consent.status).toBe(200);
    expect(consent.text).toContain('accept for your organization');
    expect(consent.text).toContain('Read directory data (Microsoft Graph, delegated)');
    expect(consent.text).toContain('(Microsoft Graph, application)');
    const answer = await f.client.postForm('/adminconsent/consent', {
      flow: flowIdOf(consent),
      action: 'accept',
    });
    expect(redirectParams(answer)).toEqual({
      admin_consent: 'True',
      tenant: f.emulator.info.tenantId,
      scope: 'https://graph.microsoft.com/.default',
      state: 'st-42',
    });

    const token = await f.cliToken('admin');
    const sp = await servicePrincipal(token, app.appId);
    const grants = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${sp.id}'`,
      token,
    );
    expect(grants.value).toEqual([
      expect.objectContaining({
        consentType: 'AllPrincipals',
        principalId: null,
        scope: 'User.Read Directory.Read.All',
      }),
    ]);
    const roles = await f.graphOk<{ value: { appRoleId: string }[] }>(
      'GET',
      `/v1.0/servicePrincipals/${sp.id}/appRoleAssignments`,
      token,
    );
    expect(roles.value.map((r) => r.appRoleId)).toEqual([USER_READ_ALL_ROLE]);

    // A plain user now signs in without any prompt and gets the admin-only scope too.
    const result = await f.deviceCode(app.appId, f.upn('megan'), [
      'https://graph.microsoft.com/.default',
    ]);
    expect(decodeJwt(result.accessToken).scp).toBe('User.Read Directory.Read.All');
  });

  it('a non-admin is sent back with access_denied (AADSTS90094) and nothing is granted', async () => {
    const app = await newApp('Asked by a user');
    const params = redirectParams(await signIn(app.appId, 'megan'));
    expect(params).toMatchObject({ error: 'access_denied', state: 'st-42' });
    expect(params.error_description).toContain('AADSTS90094');
    expect(params.admin_consent).toBeUndefined();
    const token = await f.cliToken('admin');
    const sps = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/servicePrincipals?$filter=appId eq '${app.appId}'`,
      token,
    );
    expect(sps.value).toEqual([]);
  });

  it('an admin who declines sends the app access_denied (AADSTS65004)', async () => {
    const app = await newApp('Declined');
    const consent = await signIn(app.appId, 'admin');
    const params = redirectParams(
      await f.client.postForm('/adminconsent/consent', {
        flow: flowIdOf(consent),
        action: 'cancel',
      }),
    );
    expect(params).toMatchObject({ error: 'access_denied', state: 'st-42' });
    expect(params.error_description).toContain('AADSTS65004');
  });

  it('shows (never redirects to) an unregistered redirect URI: AADSTS50011', async () => {
    const app = await newApp('Wrong redirect');
    const page = await f.client.get(consentUrl(app.appId, 'https://evil.example/callback'));
    expect(page.status).toBe(400);
    expect(page.text).toContain('AADSTS50011');
    expect(page.headers.location).toBeUndefined();
  });

  it('prompt=admin_consent on /authorize grants tenant-wide consent on the way to the code', async () => {
    const app = await newApp('Prompted');
    await f.graphOk('POST', '/v1.0/servicePrincipals', await f.cliToken('admin'), {
      appId: app.appId,
    });
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await f.publicClient(app.appId).getAuthCodeUrl({
      scopes: ['https://graph.microsoft.com/.default'],
      redirectUri: REDIRECT,
      codeChallenge: pkce.challenge,
      codeChallengeMethod: 'S256',
      prompt: 'admin_consent',
    });
    const page = await f.client.get(url);
    const admin = f.emulator.info.users[0]!;
    const consent = await f.client.postForm('/authorize/signin', {
      flow: flowIdOf(page),
      email: admin.upn,
      password: admin.password,
    });
    expect(consent.text).toContain('accept for your organization');
    const answer = await f.client.postForm('/authorize/consent', {
      flow: flowIdOf(consent),
      action: 'accept',
    });
    expect(redirectParams(answer).code).toBeTruthy();
    const result = await f.deviceCode(app.appId, f.upn('megan'), [
      'https://graph.microsoft.com/.default',
    ]);
    expect(decodeJwt(result.accessToken).scp).toBe('User.Read Directory.Read.All');
  });
});
