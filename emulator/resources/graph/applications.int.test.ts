import { describe, expect, it } from 'vitest';
import { graphInnerError } from '../../testing/graph-error.js';
import { jsonOf } from '../../testing/https-client.js';
import {
  GRAPH_APP_ID,
  setupApplicationPayload,
  useAppSetupFixture,
} from '../../testing/app-setup-fixture.js';

const USER_READ = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d';

/** The `m365 setup` payload with one Graph scope. */
const setupPayload = (displayName: string) =>
  setupApplicationPayload(displayName, [
    { resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: USER_READ, type: 'Scope' }] },
  ]) as {
    publicClient: { redirectUris: string[] };
    requiredResourceAccess: unknown[];
  };

type GraphErrorBody = {
  error: { code: string; message: string; innerError: Record<string, string> };
};

describe('Graph /applications and /servicePrincipals (v1.0 shapes)', () => {
  const f = useAppSetupFixture();

  it('creates an application with a new appId and object id, in Graph v1.0 shape', async () => {
    const token = await f.cliToken('admin');
    const answer = await f.graph('POST', '/v1.0/applications', token, setupPayload('Shapes'));
    expect(answer.status).toBe(201);
    const app = jsonOf(answer);
    expect(app).toMatchObject({
      '@odata.context': `${f.emulator.info.resources.graph.baseUrl}/v1.0/$metadata#applications/$entity`,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      appId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: 'Shapes',
      signInAudience: 'AzureADMyOrg',
      isFallbackPublicClient: true,
      publisherDomain: f.emulator.info.tenantDomain,
      createdDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      deletedDateTime: null,
      identifierUris: [],
      keyCredentials: [],
      passwordCredentials: [],
      publicClient: { redirectUris: setupPayload('').publicClient.redirectUris },
      web: { redirectUris: [], implicitGrantSettings: expect.any(Object) },
      spa: { redirectUris: [] },
      requiredResourceAccess: setupPayload('').requiredResourceAccess,
    });
    expect(app.id).not.toBe(app.appId);

    const byId = await f.graphOk('GET', `/v1.0/applications/${String(app.id)}`, token);
    expect(byId).toEqual(app);
    const filtered = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/applications?$filter=appId eq '${String(app.appId)}'`,
      token,
    );
    expect(filtered.value).toEqual([{ ...app, '@odata.context': undefined }].map(strip));
    const keyed = await f.graphOk('GET', `/v1.0/applications(appId='${String(app.appId)}')`, token);
    expect(keyed.id).toBe(app.id);
    const selected = await f.graphOk(
      'GET',
      `/v1.0/applications/${String(app.id)}?$select=appId,displayName`,
      token,
    );
    expect(Object.keys(selected).sort()).toEqual(['@odata.context', 'appId', 'displayName']);
  });

  it('lists only the tenant’s own apps; first-party clients appear as service principals', async () => {
    const token = await f.cliToken('admin');
    const apps = await f.graphOk<{ value: { displayName: string }[] }>(
      'GET',
      '/v1.0/applications',
      token,
    );
    expect(apps.value.map((a) => a.displayName)).toEqual(
      expect.arrayContaining(['M365 Desk (sandbox)', 'M365 Desk app-only (sandbox)']),
    );
    expect(apps.value.map((a) => a.displayName)).not.toContain('Microsoft Azure CLI');
    const cli = await f.graphOk<{ value: Record<string, unknown>[] }>(
      'GET',
      "/v1.0/servicePrincipals?$filter=appId eq '04b07795-8ddb-461a-bbee-02f9e1bf7b46'",
      token,
    );
    expect(cli.value).toEqual([
      expect.objectContaining({
        displayName: 'Microsoft Azure CLI',
        servicePrincipalType: 'Application',
      }),
    ]);
  });

  it('publishes each resource’s oauth2PermissionScopes and appRoles on its service principal', async () => {
    const token = await f.cliToken('admin');
    const sp = async (appId: string) =>
      (
        await f.graphOk<{ value: Record<string, unknown>[] }>(
          'GET',
          `/v1.0/servicePrincipals?$filter=appId eq '${appId}'`,
          token,
        )
      ).value[0] as {
        id: string;
        displayName: string;
        oauth2PermissionScopes: Record<string, unknown>[];
        appRoles: Record<string, unknown>[];
      };
    const graph = await sp(GRAPH_APP_ID);
    expect(graph.displayName).toBe('Microsoft Graph');
    expect(graph.oauth2PermissionScopes).toContainEqual({
      id: USER_READ,
      value: 'User.Read',
      type: 'User',
      isEnabled: true,
      adminConsentDisplayName: 'Sign in and read user profile',
      adminConsentDescription: expect.any(String),
      userConsentDisplayName: 'Sign you in and read your profile',
      userConsentDescription: expect.any(String),
    });
    expect(graph.appRoles).toContainEqual({
      id: 'df021288-bdef-4463-88db-98f22de89214',
      value: 'User.Read.All',
      displayName: expect.any(String),
      description: expect.any(String),
      allowedMemberTypes: ['Application'],
      isEnabled: true,
      origin: 'Application',
    });
    const appRoleValues = async (appId: string) => (await sp(appId)).appRoles.map((r) => r.value);
    expect(await appRoleValues('00000003-0000-0ff1-ce00-000000000000')).toContain(
      'Sites.FullControl.All',
    );
    expect(await appRoleValues('c5393580-f805-4401-95e8-94b7a6ef2fc2')).toContain(
      'ActivityFeed.Read',
    );
    expect(await appRoleValues('797f4846-ba00-4fd7-ba43-dac1f8f63013')).toEqual([]);
    const yammer = await sp('00000005-0000-0ff1-ce00-000000000000');
    expect(yammer.appRoles).toEqual([]);
    expect(yammer.oauth2PermissionScopes.map((s) => s.value)).toEqual(['user_impersonation']);
    const byId = await f.graphOk('GET', `/v1.0/servicePrincipals/${graph.id}`, token);
    expect(byId.appId).toBe(GRAPH_APP_ID);
  });

  it('creates a service principal for a new app once; PATCH changes what was sent', async () => {
    const token = await f.cliToken('admin');
    const app = await f.graphOk('POST', '/v1.0/applications', token, setupPayload('Patched'));
    const created = await f.graph('POST', '/v1.0/servicePrincipals', token, { appId: app.appId });
    expect(created.status).toBe(201);
    expect(jsonOf(created)).toMatchObject({ appId: app.appId, displayName: 'Patched' });
    const again = await f.graph('POST', '/v1.0/servicePrincipals', token, { appId: app.appId });
    expect(again.status).toBe(409);

    const patch = await f.graph('PATCH', `/v1.0/applications/${String(app.id)}`, token, {
      displayName: 'Patched again',
      isFallbackPublicClient: false,
      publicClient: { redirectUris: ['http://localhost'] },
    });
    expect(patch.status).toBe(204);
    expect(await f.graphOk('GET', `/v1.0/applications/${String(app.id)}`, token)).toMatchObject({
      displayName: 'Patched again',
      isFallbackPublicClient: false,
      publicClient: { redirectUris: ['http://localhost'] },
      requiredResourceAccess: setupPayload('').requiredResourceAccess,
    });
  });

  it('addPassword returns the secret once; GET shows only its hint', async () => {
    const token = await f.cliToken('admin');
    const app = await f.graphOk('POST', '/v1.0/applications', token, { displayName: 'Secret' });
    const secret = await f.graphOk(
      'POST',
      `/v1.0/applications/${String(app.id)}/addPassword`,
      token,
      {
        passwordCredential: { displayName: 'ci' },
      },
    );
    expect(secret).toMatchObject({
      displayName: 'ci',
      keyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      secretText: expect.stringMatching(/^.{3}8Q~.{34}$/),
    });
    expect(secret.hint).toBe(String(secret.secretText).slice(0, 3));
    const read = await f.graphOk<{ passwordCredentials: Record<string, unknown>[] }>(
      'GET',
      `/v1.0/applications/${String(app.id)}`,
      token,
    );
    expect(read.passwordCredentials).toEqual([
      expect.objectContaining({ keyId: secret.keyId, secretText: null, hint: secret.hint }),
    ]);
  });

  it('refuses a plain user with 403 Authorization_RequestDenied, in Graph’s error shape', async () => {
    const token = await f.cliToken('megan');
    const answer = await f.graph('POST', '/v1.0/applications', token, setupPayload('Nope'));
    expect(answer.status).toBe(403);
    const body = jsonOf<GraphErrorBody>(answer);
    expect(body.error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      innerError: graphInnerError(answer),
    });
    // Reading the directory is allowed to members.
    expect((await f.graph('GET', '/v1.0/applications', token)).status).toBe(200);
  });

  it('answers bad payloads with 400 Request_BadRequest and unknown ids with 404', async () => {
    const token = await f.cliToken('admin');
    const post = (body: unknown) => f.graph('POST', '/v1.0/applications', token, body);
    const code = async (answer: Promise<{ text: string; status: number }>) => {
      const a = await answer;
      return [a.status, jsonOf<GraphErrorBody>(a as never).error.code];
    };
    expect(await code(post({ signInAudience: 'AzureADMyOrg' }))).toEqual([
      400,
      'Request_BadRequest',
    ]);
    expect(await code(post({ displayName: 'x', colour: 'blue' }))).toEqual([
      400,
      'Request_BadRequest',
    ]);
    expect(
      await code(
        post({
          displayName: 'x',
          requiredResourceAccess: [
            { resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: USER_READ, type: 'Delegated' }] },
          ],
        }),
      ),
    ).toEqual([400, 'Request_BadRequest']);
    expect(
      await code(post({ displayName: 'x', publicClient: { redirectUris: ['not a uri'] } })),
    ).toEqual([400, 'Request_BadRequest']);
    expect(
      await code(f.graph('GET', '/v1.0/applications/00000000-0000-4000-8000-000000000000', token)),
    ).toEqual([404, 'Request_ResourceNotFound']);
    expect(await code(f.graph('GET', "/v1.0/applications?$filter=appId ne 'x'", token))).toEqual([
      400,
      'Request_UnsupportedQuery',
    ]);
    expect(
      await code(
        f.graph('POST', '/v1.0/servicePrincipals', token, {
          appId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toEqual([400, 'Request_BadRequest']);
  });

  it('checks the bearer token like every Graph route (none, wrong audience)', async () => {
    const token = await f.cliToken('admin');
    const { access_token } = jsonOf<{ access_token: string }>(
      await f.client.postForm(`/${f.emulator.info.tenantId}/oauth2/v2.0/token`, {
        grant_type: 'client_credentials',
        client_id: f.emulator.info.confidentialClient.clientId,
        client_secret: f.emulator.info.confidentialClient.secret,
        scope: 'https://manage.office.com/.default',
      }),
    );
    expect((await f.graph('GET', '/v1.0/applications', access_token)).status).toBe(401);
    const none = await f.client.get(`${f.emulator.info.resources.graph.baseUrl}/v1.0/applications`);
    expect(none.status).toBe(401);
    expect((await f.graph('GET', '/v1.0/applications', token)).status).toBe(200);
  });
});

/** Drops annotations, as list entries carry none. */
function strip(entity: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([k]) => !k.startsWith('@odata.')));
}
