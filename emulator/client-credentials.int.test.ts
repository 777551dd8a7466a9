import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Configuration } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { RunningEmulator } from './index.js';
import { EmulatorClient } from './testing/emulator-client.js';
import { jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';

const GRAPH = 'https://graph.microsoft.com/.default';

// Real msal-node ConfidentialClientApplication against the sandbox daemon app, with each of
// the credentials it supports.
describe('client credentials grant', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-cc-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
  });
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const app = (credential: Configuration['auth'], tenant = emulator.info.tenantId) =>
    new ConfidentialClientApplication({
      auth: {
        ...credential,
        clientId: emulator.info.confidentialClient.clientId,
        authority: `${emulator.info.url}/${tenant}`,
        knownAuthorities: [new URL(emulator.info.url).host],
      },
      system: {
        networkClient: createCaTrustingNetworkClient(readFileSync(emulator.info.caFile, 'utf8')),
      },
    });
  const certificate = () => {
    const { certFile, keyFile } = emulator.info.confidentialClient;
    const cert = new X509Certificate(readFileSync(certFile));
    return {
      privateKey: readFileSync(keyFile, 'utf8'),
      sha256: cert.fingerprint256.replaceAll(':', ''),
      sha1: cert.fingerprint.replaceAll(':', ''),
    };
  };

  it('issues an app-only Graph token for the client secret, usable on /users but not /me', async () => {
    const result = await app({
      clientId: '',
      clientSecret: emulator.info.confidentialClient.secret,
    }).acquireTokenByClientCredential({ scopes: [GRAPH] });
    const claims = decodeJwt(result?.accessToken ?? '');
    expect(claims).toMatchObject({
      idtyp: 'app',
      appidacr: '1',
      azp: emulator.info.confidentialClient.clientId,
    });
    expect(claims.roles).toEqual(['User.Read.All', 'Organization.Read.All', 'Sites.Read.All']);
    expect(claims.scp).toBeUndefined();
    const graph = emulator.info.resources.graph.baseUrl;
    const bearer = { authorization: `Bearer ${result?.accessToken}` };
    expect((await client.get(`${graph}/v1.0/users`, bearer)).status).toBe(200);
    const me = await client.get(`${graph}/v1.0/me`, bearer);
    expect(me.status).toBe(400);
    expect(me.text).toContain('/me request is only valid with delegated authentication flow.');
  });

  it('signs assertions with the certificate (PS256 x5t#S256 and RS256 x5t)', async () => {
    const { privateKey, sha256, sha1 } = certificate();
    for (const clientCertificate of [
      { thumbprintSha256: sha256, privateKey },
      { thumbprint: sha1, privateKey },
    ]) {
      const result = await app({ clientId: '', clientCertificate }).acquireTokenByClientCredential({
        scopes: [GRAPH],
      });
      expect(decodeJwt(result?.accessToken ?? '')).toMatchObject({ appidacr: '2', idtyp: 'app' });
    }
  });

  it('SharePoint refuses a secret-based app token and accepts a certificate-based one', async () => {
    const scopes = [`${emulator.info.sharepoint.rootUrl}/.default`];
    const web = `${emulator.info.sharepoint.rootBaseUrl}/_api/web`;
    const secret = await app({
      clientId: '',
      clientSecret: emulator.info.confidentialClient.secret,
    }).acquireTokenByClientCredential({ scopes });
    const refused = await client.get(web, { authorization: `Bearer ${secret?.accessToken}` });
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('Unsupported app only token.');
    const { privateKey, sha256 } = certificate();
    const cert = await app({
      clientId: '',
      clientCertificate: { thumbprintSha256: sha256, privateKey },
    }).acquireTokenByClientCredential({ scopes });
    expect((await client.get(web, { authorization: `Bearer ${cert?.accessToken}` })).status).toBe(
      200,
    );
  });

  it('refuses a wrong secret (7000215), a non-.default scope (1002012), Yammer, and /common (50194)', async () => {
    const form = (tenant: string, extra: Record<string, string>) =>
      client.postForm(`/${tenant}/oauth2/v2.0/token`, {
        grant_type: 'client_credentials',
        client_id: emulator.info.confidentialClient.clientId,
        client_secret: emulator.info.confidentialClient.secret,
        scope: GRAPH,
        ...extra,
      });
    const tid = emulator.info.tenantId;
    const wrong = await form(tid, { client_secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(jsonOf(wrong)).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    expect(
      jsonOf(await form(tid, { scope: 'https://graph.microsoft.com/User.Read.All' })),
    ).toMatchObject({
      error: 'invalid_scope',
      error_codes: [1002012],
    });
    expect(jsonOf(await form(tid, { scope: 'https://api.yammer.com/.default' }))).toMatchObject({
      error: 'invalid_scope',
    });
    expect(jsonOf(await form('common', {}))).toMatchObject({ error_codes: [50194] });
    const arm = jsonOf<{ access_token: string }>(
      await form(tid, { scope: 'https://management.azure.com/.default' }),
    );
    expect(decodeJwt(arm.access_token).roles).toBeUndefined();
  });

  it('refuses an assertion whose certificate is not registered (700027)', async () => {
    const { privateKey } = certificate();
    const other = app({
      clientId: '',
      clientCertificate: { thumbprintSha256: 'AB'.repeat(32), privateKey },
    });
    await expect(other.acquireTokenByClientCredential({ scopes: [GRAPH] })).rejects.toMatchObject({
      errorMessage: expect.stringContaining('AADSTS700027'),
    });
  });
});
