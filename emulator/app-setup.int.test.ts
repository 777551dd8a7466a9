import { InteractionRequiredAuthError } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_APP_ID,
  firstPartyClientIds,
  useAppSetupFixture,
} from './testing/app-setup-fixture.js';
import { graphSetupSteps } from './testing/graph-setup-steps.js';
import { jsonOf } from './testing/https-client.js';

const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';
const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default';

// The custom-app setup as `m365 setup` runs it (IDENTITY-FACTS.md), with real msal-node for
// every sign-in: Azure CLI signs the admin in, Graph creates and consents the app, and the new
// app then signs people in through the emulator's ordinary identity routes.
describe('custom app setup through Graph, then sign-in with the new app', () => {
  const f = useAppSetupFixture();
  const admin = () => f.upn('admin');

  const { servicePrincipal, createApp, grantTenantWide } = graphSetupSteps(f);

  it('Azure CLI signs an admin in without consent and holds the setup scopes', async () => {
    const result = await f.deviceCode(firstPartyClientIds.azureCli, admin(), [GRAPH_DEFAULT]);
    const scp = String(decodeJwt(result.accessToken).scp).split(' ');
    expect(scp).toEqual(
      expect.arrayContaining([
        'Application.ReadWrite.All',
        'DelegatedPermissionGrant.ReadWrite.All',
        'AppRoleAssignment.ReadWrite.All',
        'Directory.Read.All',
        'User.Read',
      ]),
    );
    const cli = await servicePrincipal(result.accessToken, firstPartyClientIds.azureCli);
    const grants = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${cli.id}'`,
      result.accessToken,
    );
    expect(grants.value).toEqual([]);
  });

  it('Azure CLI cannot be consented beyond its pre-authorization (AADSTS65002)', async () => {
    // msal-node reports device code failures as `post_request_failed`; read the wire answer.
    const cli = firstPartyClientIds.azureCli;
    const code = await f.client.startDeviceCode('Sites.FullControl.All', cli);
    expect(f.emulator.control.approveDeviceCode(code.user_code, admin())).toBe(true);
    expect(jsonOf(await f.client.redeemDeviceCode(code.device_code, cli))).toMatchObject({
      error: 'invalid_grant',
      error_codes: [65002],
    });
  });

  it('a created app with a tenant-wide grant signs a plain user in, .default expanded', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(token, 'Setup wizard app', {
      [GRAPH_APP_ID]: ['User.Read', 'Sites.Read.All'],
      [SHAREPOINT_APP_ID]: ['AllSites.Read'],
    });
    const grant = await grantTenantWide(token, app.spId, GRAPH_APP_ID, 'User.Read Sites.Read.All');
    await grantTenantWide(token, app.spId, SHAREPOINT_APP_ID, 'AllSites.Read');
    const listed = await f.graphOk<{ value: Record<string, unknown>[] }>(
      'GET',
      `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${app.spId}' and consentType eq 'AllPrincipals'`,
      token,
    );
    expect(listed.value).toContainEqual({
      id: grant.id,
      clientId: app.spId,
      consentType: 'AllPrincipals',
      principalId: null,
      resourceId: (await servicePrincipal(token, GRAPH_APP_ID)).id,
      scope: 'User.Read Sites.Read.All',
    });

    const pca = f.publicClient(app.appId);
    const megan = f.upn('megan');
    const result = await pca.acquireTokenByDeviceCode({
      scopes: [GRAPH_DEFAULT],
      deviceCodeCallback: (code) => {
        expect(f.emulator.control.approveDeviceCode(code.userCode, megan)).toBe(true);
      },
    });
    expect(decodeJwt(result!.accessToken)).toMatchObject({
      appid: app.appId,
      scp: 'User.Read Sites.Read.All',
      upn: megan,
    });
    const me = await f.graph('GET', '/v1.0/me', result!.accessToken);
    expect(me.status).toBe(200);

    // The same sign-in serves SharePoint through the refresh token, consent being tenant-wide.
    const sharepoint = await pca.acquireTokenSilent({
      account: result!.account!,
      scopes: [`${f.emulator.info.sharepoint.rootUrl}/.default`],
    });
    expect(decodeJwt(sharepoint.accessToken).scp).toBe('AllSites.Read');

    // The grant is the consent: deleting it takes Graph away on the next refresh.
    expect(
      (await f.graph('DELETE', `/v1.0/oauth2PermissionGrants/${grant.id}`, token)).status,
    ).toBe(204);
    const refused = await pca
      .acquireTokenSilent({
        account: result!.account!,
        scopes: [GRAPH_DEFAULT],
        forceRefresh: true,
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InteractionRequiredAuthError);
    expect((refused as InteractionRequiredAuthError).errorMessage).toContain('AADSTS65001');
  });

  it('grants are unique per client and resource; PATCH replaces the scope', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(token, 'Grant edits', { [GRAPH_APP_ID]: ['User.Read'] });
    const grant = await grantTenantWide(token, app.spId, GRAPH_APP_ID, 'User.Read');
    const graphSp = await servicePrincipal(token, GRAPH_APP_ID);
    const duplicate = await f.graph('POST', '/v1.0/oauth2PermissionGrants', token, {
      clientId: app.spId,
      consentType: 'AllPrincipals',
      resourceId: graphSp.id,
      scope: 'User.Read',
    });
    expect(duplicate.status).toBe(409);
    const patch = await f.graph('PATCH', `/v1.0/oauth2PermissionGrants/${grant.id}`, token, {
      scope: 'User.Read Directory.Read.All',
    });
    expect(patch.status).toBe(204);
    expect(await f.graphOk('GET', `/v1.0/oauth2PermissionGrants/${grant.id}`, token)).toMatchObject(
      {
        scope: 'User.Read Directory.Read.All',
      },
    );
    const unknownScope = await f.graph('POST', '/v1.0/oauth2PermissionGrants', token, {
      clientId: app.spId,
      consentType: 'Principal',
      principalId: decodeJwt(token).oid,
      resourceId: graphSp.id,
      scope: 'Not.A.Scope',
    });
    expect(jsonOf<{ error: { code: string } }>(unknownScope).error.code).toBe('Request_BadRequest');
  });

  it('an app without public client flows fails device code with 7000218 until PATCHed', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(
      token,
      'No public flows',
      { [GRAPH_APP_ID]: ['User.Read'] },
      { isFallbackPublicClient: false },
    );
    await grantTenantWide(token, app.spId, GRAPH_APP_ID, 'User.Read');
    // Entra accepts the device authorization and refuses when the code is redeemed.
    const code = await f.client.startDeviceCode(GRAPH_DEFAULT, app.appId);
    expect(f.emulator.control.approveDeviceCode(code.user_code, admin())).toBe(true);
    const refused = await f.client.redeemDeviceCode(code.device_code, app.appId);
    expect(refused.status).toBe(401);
    expect(jsonOf(refused)).toMatchObject({ error: 'invalid_client', error_codes: [7000218] });
    const viaMsal = await f
      .deviceCode(app.appId, admin(), [GRAPH_DEFAULT])
      .catch((e: unknown) => e);
    expect(String(viaMsal)).toContain('invalid_client');
    await f.graphOk('PATCH', `/v1.0/applications/${app.id}`, token, {
      isFallbackPublicClient: true,
    });
    const result = await f.deviceCode(app.appId, admin(), [GRAPH_DEFAULT]);
    expect(decodeJwt(result.accessToken).scp).toBe('User.Read');
  });

  it('an unregistered redirect URI is AADSTS50011 until added to publicClient.redirectUris', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(
      token,
      'Native only',
      { [GRAPH_APP_ID]: ['User.Read'] },
      {
        publicClient: {
          redirectUris: ['https://login.microsoftonline.com/common/oauth2/nativeclient'],
        },
      },
    );
    const authorizePage = async () => {
      const url = await f.publicClient(app.appId).getAuthCodeUrl({
        scopes: [GRAPH_DEFAULT],
        redirectUri: 'http://localhost:53999',
        codeChallenge: 'x'.repeat(43),
        codeChallengeMethod: 'S256',
      });
      return f.client.get(url);
    };
    const refused = await authorizePage();
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('AADSTS50011');
    await f.graphOk('PATCH', `/v1.0/applications(appId='${app.appId}')`, token, {
      publicClient: { redirectUris: ['http://localhost'] },
    });
    expect((await authorizePage()).status).toBe(200);
  });

  it('Graph Command Line Tools asks for consent like in a real tenant; only admins grant admin scopes', async () => {
    const tools = firstPartyClientIds.graphCommandLineTools;
    const result = await f.deviceCode(tools, admin(), ['Application.ReadWrite.All']);
    expect(String(decodeJwt(result.accessToken).scp).split(' ')).toContain(
      'Application.ReadWrite.All',
    );
    const token = await f.cliToken('admin');
    const toolsSp = await servicePrincipal(token, tools);
    const grants = await f.graphOk<{ value: Record<string, unknown>[] }>(
      'GET',
      `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${toolsSp.id}'`,
      token,
    );
    expect(grants.value).toEqual([
      expect.objectContaining({
        consentType: 'Principal',
        principalId: decodeJwt(result.accessToken).oid,
        scope: 'Application.ReadWrite.All',
      }),
    ]);
    const code = await f.client.startDeviceCode('Application.ReadWrite.All', tools);
    expect(f.emulator.control.approveDeviceCode(code.user_code, f.upn('megan'))).toBe(false);
  });
});
