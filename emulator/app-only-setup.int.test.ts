import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Configuration } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { GRAPH_APP_ID, useAppSetupFixture } from './testing/app-setup-fixture.js';
import { graphSetupSteps } from './testing/graph-setup-steps.js';
import { jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';

const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

// A daemon app set up through Graph: its credentials (addPassword, keyCredentials) and its
// application permissions (appRoleAssignedTo) drive real msal-node client credentials.
describe('app-only setup through Graph', () => {
  const f = useAppSetupFixture();
  const { servicePrincipal, createApp, assignAppRole } = graphSetupSteps(f);

  const confidentialClient = (clientId: string, credential: Partial<Configuration['auth']>) => {
    const { info } = f.emulator;
    return new ConfidentialClientApplication({
      auth: {
        ...credential,
        clientId,
        authority: `${info.url}/${info.tenantId}`,
        knownAuthorities: [new URL(info.url).host],
      },
      system: { networkClient: createCaTrustingNetworkClient(readFileSync(info.caFile, 'utf8')) },
    });
  };

  it('app role assignments are the roles of app-only tokens (secret from addPassword)', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(token, 'Daemon', {});
    const secret = await f.graphOk<{ secretText: string }>(
      'POST',
      `/v1.0/applications/${app.id}/addPassword`,
      token,
      { passwordCredential: { displayName: 'daemon' } },
    );
    const assigned = await assignAppRole(token, app.spId, GRAPH_APP_ID, 'User.Read.All');
    expect(assigned.status).toBe(201);
    const graphSp = await servicePrincipal(token, GRAPH_APP_ID);
    expect(jsonOf(assigned)).toMatchObject({
      id: expect.any(String),
      appRoleId: 'df021288-bdef-4463-88db-98f22de89214',
      principalId: app.spId,
      principalType: 'ServicePrincipal',
      principalDisplayName: 'Daemon',
      resourceId: graphSp.id,
      resourceDisplayName: 'Microsoft Graph',
      createdDateTime: expect.any(String),
    });
    const listed = await f.graphOk<{ value: { principalId: string }[] }>(
      'GET',
      `/v1.0/servicePrincipals/${graphSp.id}/appRoleAssignedTo`,
      token,
    );
    expect(listed.value.map((a) => a.principalId)).toContain(app.spId);

    const daemon = confidentialClient(app.appId, { clientSecret: secret.secretText });
    const graphToken = () =>
      daemon.acquireTokenByClientCredential({
        scopes: ['https://graph.microsoft.com/.default'],
        skipCache: true,
      });
    const result = await graphToken();
    expect(decodeJwt(result!.accessToken)).toMatchObject({
      roles: ['User.Read.All'],
      oid: app.spId,
      appidacr: '1',
    });
    expect((await f.graph('GET', '/v1.0/users?$top=1', result!.accessToken)).status).toBe(200);
    expect((await assignAppRole(token, app.spId, GRAPH_APP_ID, 'User.Read.All')).status).toBe(400);

    // The other end: granted on the client's own appRoleAssignments, revoked by DELETE.
    const { id: assignmentId } = jsonOf<{ id: string }>(assigned);
    const organization = graphSp.appRoles.find((r) => r.value === 'Organization.Read.All')!;
    const fromClient = await f.graph(
      'POST',
      `/v1.0/servicePrincipals/${app.spId}/appRoleAssignments`,
      token,
      { principalId: app.spId, resourceId: graphSp.id, appRoleId: organization.id },
    );
    expect(fromClient.status).toBe(201);
    const deleted = await f.graph(
      'DELETE',
      `/v1.0/servicePrincipals/${graphSp.id}/appRoleAssignedTo/${assignmentId}`,
      token,
    );
    expect(deleted.status).toBe(204);
    expect(decodeJwt((await graphToken())!.accessToken).roles).toEqual(['Organization.Read.All']);
  });

  it('a certificate added through keyCredentials signs the app’s assertions', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(token, 'Certificate daemon', {});
    const { certFile, keyFile } = f.emulator.info.confidentialClient;
    const cert = new X509Certificate(readFileSync(certFile));
    const patch = await f.graph('PATCH', `/v1.0/applications/${app.id}`, token, {
      keyCredentials: [
        {
          type: 'AsymmetricX509Cert',
          usage: 'Verify',
          key: cert.raw.toString('base64'),
          displayName: 'CN=daemon',
        },
      ],
    });
    expect(patch.status).toBe(204);
    const read = await f.graphOk<{ keyCredentials: Record<string, unknown>[] }>(
      'GET',
      `/v1.0/applications/${app.id}`,
      token,
    );
    expect(read.keyCredentials).toEqual([
      expect.objectContaining({
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        key: null,
        displayName: 'CN=daemon',
        endDateTime: new Date(cert.validTo).toISOString(),
      }),
    ]);
    expect(
      (await assignAppRole(token, app.spId, SHAREPOINT_APP_ID, 'Sites.FullControl.All')).status,
    ).toBe(201);

    const result = await confidentialClient(app.appId, {
      clientCertificate: {
        thumbprintSha256: cert.fingerprint256.replaceAll(':', ''),
        privateKey: readFileSync(keyFile, 'utf8'),
      },
    }).acquireTokenByClientCredential({
      scopes: [`${f.emulator.info.sharepoint.rootUrl}/.default`],
    });
    expect(decodeJwt(result!.accessToken)).toMatchObject({
      appidacr: '2',
      roles: ['Sites.FullControl.All'],
    });
    const web = await f.client.get(`${f.emulator.info.sharepoint.rootBaseUrl}/_api/web`, {
      authorization: `Bearer ${result!.accessToken}`,
    });
    expect(web.status).toBe(200);
  });
});
