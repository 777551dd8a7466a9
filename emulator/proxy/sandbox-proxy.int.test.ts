import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { httpsRequest, jsonOf } from '../testing/https-client.js';
import { createCaTrustingNetworkClient } from '../testing/msal-network-client.js';
import { useEmulator } from '../testing/use-emulator.js';

const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';

// What a tool nobody here wrote sees: Microsoft's own host names, reached through the sandbox's
// HTTPS proxy (HTTPS_PROXY) with the sandbox CA trusted, and every answer naming those hosts.
describe('the sandbox proxy (Microsoft host names, answered by the sandbox)', () => {
  const running = useEmulator('proxy', { proxyPort: 0 });
  const info = () => running().emulator.info;
  const ca = () => readFileSync(info().caFile, 'utf8');
  const proxied = (
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) => httpsRequest(url, { ...init, agent: new HttpsProxyAgent(info().proxyUrl ?? ''), ca: ca() });
  const postForm = (url: string, form: Record<string, string>) =>
    proxied(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });

  /** A device code sign-in done entirely under login.microsoftonline.com. */
  const signIn = async (scope: string) => {
    const tenant = info().tenantId;
    const code = jsonOf<{ user_code: string; device_code: string; verification_uri: string }>(
      await postForm(`${LOGIN}/${tenant}/oauth2/v2.0/devicecode`, {
        client_id: info().publicClientId,
        scope,
      }),
    );
    const admin = info().users.find((u) => u.roles.includes('Global Administrator'))!.upn;
    expect(running().emulator.control.approveDeviceCode(code.user_code, admin)).toBe(true);
    const answer = await postForm(`${LOGIN}/${tenant}/oauth2/v2.0/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: info().publicClientId,
      device_code: code.device_code,
    });
    expect(answer.status).toBe(200);
    return { code, tokens: jsonOf<{ access_token: string }>(answer) };
  };

  it('is named on the ready line, as an http:// proxy on loopback', () => {
    expect(info().proxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the discovery document under login.microsoftonline.com, naming that host', async () => {
    const tenant = info().tenantId;
    const answer = await proxied(
      `${LOGIN}/${info().tenantDomain}/v2.0/.well-known/openid-configuration`,
    );
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toMatchObject({
      issuer: `${LOGIN}/${tenant}/v2.0`,
      token_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/token`,
      device_authorization_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/devicecode`,
      authorization_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/authorize`,
      jwks_uri: `${LOGIN}/${tenant}/discovery/v2.0/keys`,
      userinfo_endpoint: `${GRAPH}/oidc/userinfo`,
      msgraph_host: 'graph.microsoft.com',
    });
    expect(answer.text).not.toContain('127.0.0.1');
  });

  it('signs in by device code there, and Graph follows its own next link under graph.microsoft.com', async () => {
    const { code, tokens } = await signIn(`${GRAPH}/.default openid profile offline_access`);
    expect(code.verification_uri).toBe(`${LOGIN}/devicelogin`);
    expect(decodeJwt(tokens.access_token).iss).toBe(`${LOGIN}/${info().tenantId}/v2.0`);

    const bearer = { authorization: `Bearer ${tokens.access_token}` };
    const first = await proxied(`${GRAPH}/v1.0/users?$top=1`, { headers: bearer });
    expect(first.status).toBe(200);
    const page = jsonOf<{ '@odata.context': string; '@odata.nextLink': string }>(first);
    expect(page['@odata.context']).toBe(`${GRAPH}/v1.0/$metadata#users`);
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/);
    const next = await proxied(page['@odata.nextLink'], { headers: bearer });
    expect(next.status).toBe(200);
    expect(jsonOf<{ value: unknown[] }>(next).value).toHaveLength(1);
  });

  it('reads SharePoint under the tenant host, with a token issued under login.microsoftonline.com', async () => {
    const root = info().sharepoint.rootUrl;
    const { tokens } = await signIn(`${root}/.default openid offline_access`);
    const web = await proxied(`${root}/_api/web?$select=Title,Url`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, accept: 'application/json' },
    });
    expect(web.status).toBe(200);
    expect(jsonOf(web)).toEqual({ Title: 'Contoso sandbox', Url: root });
  });

  it('names the login host in error_uri, and Graph refusals name no internal path', async () => {
    const refused = await postForm(`${LOGIN}/${info().tenantId}/oauth2/v2.0/token`, {
      grant_type: 'refresh_token',
      client_id: info().publicClientId,
      refresh_token: 'not-a-token',
    });
    expect(jsonOf(refused)).toMatchObject({ error_uri: `${LOGIN}/error?code=70000` });
    const unknown = await proxied(`${GRAPH}/v1.0/users/x/nothingHere`);
    expect(unknown.status).toBe(400);
    expect(jsonOf(unknown)).toMatchObject({
      error: { code: 'BadRequest', message: "Resource not found for the segment 'nothingHere'." },
    });
    expect(unknown.text).not.toContain('/graph');
    for (const url of [
      `${info().sharepoint.rootUrl}/_api/nothingHere`,
      `https://management.azure.com/nothingHere?api-version=2022-12-01`,
      `https://manage.office.com/api/v1.0/${info().tenantId}/nothingHere`,
      'https://api.yammer.com/api/v1/nothingHere.json',
    ]) {
      const answer = await proxied(url);
      expect(answer.status, url).toBe(404);
      expect(answer.text, url).not.toMatch(/\/(sharepoint|azure|manage|yammer)\//);
    }
  });

  it('lets msal-node sign in with a certificate there (the assertion names login.microsoftonline.com)', async () => {
    const { certFile, keyFile, clientId } = info().confidentialClient;
    const network = createCaTrustingNetworkClient(ca(), info().proxyUrl);
    const msal = new ConfidentialClientApplication({
      auth: {
        clientId,
        authority: `${LOGIN}/${info().tenantId}`,
        clientCertificate: {
          thumbprintSha256: new X509Certificate(readFileSync(certFile)).fingerprint256.replaceAll(
            ':',
            '',
          ),
          privateKey: readFileSync(keyFile, 'utf8'),
        },
      },
      system: { networkClient: network },
    });
    const result = await msal.acquireTokenByClientCredential({ scopes: [`${GRAPH}/.default`] });
    expect(decodeJwt(result?.accessToken ?? '')).toMatchObject({ idtyp: 'app', appidacr: '2' });
    expect(network.urls.every((u) => !u.includes('127.0.0.1'))).toBe(true);
  });

  it('refuses every host it does not serve, and never forwards a plain HTTP request', async () => {
    const proxy = new URL(info().proxyUrl ?? '');
    const status = (method: string, path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({
          host: proxy.hostname,
          port: proxy.port,
          method,
          path,
          headers: { host },
        });
        req.on('connect', (res, socket) => {
          socket.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('CONNECT', 'example.com:443', 'example.com:443')).toBe(403);
    expect(await status('CONNECT', 'graph.microsoft.com:80', 'graph.microsoft.com:80')).toBe(403);
    expect(await status('GET', 'http://graph.microsoft.com/v1.0/me', 'graph.microsoft.com')).toBe(
      403,
    );
    // A client's CONNECT that is refused reads the proxy's 403 (https-proxy-agent replays it).
    expect((await proxied('https://www.example.com/')).status).toBe(403);
  });
});
