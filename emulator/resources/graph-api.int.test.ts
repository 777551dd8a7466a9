import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey } from '../crypto/signing-key.js';
import { startEmulator } from '../index.js';
import type { RunningEmulator } from '../index.js';
import { jsonOf } from '../testing/https-client.js';
import { EmulatorClient } from '../testing/emulator-client.js';

const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

describe('Microsoft Graph slice', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let admin: string;
  let tokens: { access_token: string; id_token?: unknown };

  const graphGet = (path: string, token?: string) =>
    client.get(
      `${emulator.info.resources.graph.baseUrl}${path}`,
      token ? { authorization: `Bearer ${token}` } : {},
    );

  /** Re-signs the claims of a real token with changes, using the emulator's own key from disk. */
  const forge = async (changes: Record<string, unknown>) => {
    const key = await loadOrCreateSigningKey(dataDir);
    return new SignJWT({ ...decodeJwt(tokens.access_token), ...changes })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-graph-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    admin = emulator.info.users.find((u) => u.roles.length > 0)!.upn;
    tokens = await client.signIn(admin, SCOPE);
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('GET /v1.0/me returns the signed-in user in Graph shape', async () => {
    const answer = await graphGet('/v1.0/me', tokens.access_token);
    expect(answer.status).toBe(200);
    expect(answer.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(jsonOf(answer)).toMatchObject({
      '@odata.context': `${emulator.info.resources.graph.baseUrl}/v1.0/$metadata#users/$entity`,
      id: decodeJwt(tokens.access_token).oid,
      displayName: 'Adele Vance',
      userPrincipalName: admin,
      mail: admin,
      givenName: 'Adele',
      surname: 'Vance',
      businessPhones: [],
    });
  });

  it('GET /v1.0/organization returns the sandbox tenant', async () => {
    const answer = await graphGet('/v1.0/organization', tokens.access_token);
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toMatchObject({
      value: [
        {
          id: emulator.info.tenantId,
          displayName: 'Contoso (sandbox)',
          tenantType: 'AAD',
          verifiedDomains: [
            { name: emulator.info.tenantDomain, isDefault: true, isInitial: true, type: 'Managed' },
          ],
        },
      ],
    });
  });

  it('answers 401 like Graph for an expired token', async () => {
    emulator.control.setAccessTokenLifetime(1);
    const shortLived = await client.signIn(admin, SCOPE);
    emulator.control.setAccessTokenLifetime(3600);
    await delay(2100);
    const answer = await graphGet('/v1.0/me', shortLived.access_token);
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer /);
    const body = jsonOf<{
      error: { code: string; message: string; innerError: Record<string, string> };
    }>(answer);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message).toBe('Access token has expired or is not yet valid.');
    expect(body.error.innerError['request-id']).toBe(answer.headers['request-id']);
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('answers 401 for the wrong audience (an id_token), a bad signature and no token', async () => {
    const idToken = await graphGet('/v1.0/me', String(tokens.id_token));
    expect(idToken.status).toBe(401);
    expect(jsonOf<{ error: { message: string } }>(idToken).error.message).toContain(
      'Invalid audience',
    );

    const [header, , signature] = tokens.access_token.split('.');
    const tamperedPayload = Buffer.from(
      JSON.stringify({ ...decodeJwt(tokens.access_token), scp: 'Directory.Read.All' }),
    ).toString('base64url');
    expect((await graphGet('/v1.0/me', `${header}.${tamperedPayload}.${signature}`)).status).toBe(
      401,
    );

    expect((await graphGet('/v1.0/me')).status).toBe(401);
  });

  it('answers 403 Authorization_RequestDenied when the token lacks the scope', async () => {
    const answer = await graphGet('/v1.0/me', await forge({ scp: 'Organization.Read.All' }));
    expect(answer.status).toBe(403);
    expect(jsonOf(answer)).toMatchObject({
      error: {
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      },
    });
    // The same forged token is fine where Organization.Read.All suffices.
    expect(
      (await graphGet('/v1.0/organization', await forge({ scp: 'Organization.Read.All' }))).status,
    ).toBe(200);
  });

  it('rejects a token whose issuer names another host', async () => {
    const answer = await graphGet(
      '/v1.0/me',
      await forge({ iss: `https://login.example/${emulator.info.tenantId}/v2.0` }),
    );
    expect(answer.status).toBe(401);
  });

  it('GET /v1.0/users pages with $top and $skiptoken; needs a directory-read scope', async () => {
    const first = await graphGet('/v1.0/users?$top=2', tokens.access_token);
    expect(first.status).toBe(200);
    const page = jsonOf<{ value: { userPrincipalName: string }[]; '@odata.nextLink': string }>(
      first,
    );
    expect(page.value.map((u) => u.userPrincipalName)).toEqual([
      admin,
      `megan@${emulator.info.tenantDomain}`,
    ]);
    const next = jsonOf<{ value: { displayName: string }[] }>(
      await client.get(page['@odata.nextLink'], { authorization: `Bearer ${tokens.access_token}` }),
    );
    expect(next).not.toHaveProperty('@odata.nextLink');
    expect(next.value.map((u) => u.displayName)).toEqual(['Lee Gu', 'Alex Wilber']);

    expect((await graphGet('/v1.0/users?$top=0', tokens.access_token)).status).toBe(400);
    const userReadOnly = await graphGet('/v1.0/users', await forge({ scp: 'User.Read' }));
    expect(userReadOnly.status).toBe(403);
    expect(jsonOf(userReadOnly)).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    expect((await graphGet('/v1.0/users', await forge({ scp: 'User.ReadBasic.All' }))).status).toBe(
      200,
    );
  });

  it('GET /v1.0/sites/root?$select=webUrl gives the public SharePoint URL; needs Sites.Read.All', async () => {
    const answer = await graphGet('/v1.0/sites/root?$select=webUrl', tokens.access_token);
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toEqual({
      '@odata.context': `${emulator.info.resources.graph.baseUrl}/v1.0/$metadata#sites(webUrl)/$entity`,
      webUrl: emulator.info.sharepoint.rootUrl,
    });
    const full = jsonOf(await graphGet('/v1.0/sites/root', tokens.access_token));
    expect(full).toMatchObject({
      displayName: 'Contoso sandbox',
      siteCollection: { hostname: 'contoso-sandbox.sharepoint.com' },
    });

    const denied = await graphGet('/v1.0/sites/root', await forge({ scp: 'User.Read' }));
    expect(denied.status).toBe(403);
    expect(jsonOf(denied)).toMatchObject({
      error: { code: 'accessDenied', message: 'Access denied' },
    });
  });
});
