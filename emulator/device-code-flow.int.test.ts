import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator } from './index.js';
import type { RunningEmulator } from './index.js';
import { jsonOf } from './testing/https-client.js';
import { EmulatorClient } from './testing/emulator-client.js';

const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default openid profile offline_access';

describe('device code and refresh token grants (in-process emulator)', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let admin: string;
  let megan: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-flow-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    admin = emulator.info.users.find((u) => u.roles.length > 0)!.upn;
    megan = emulator.info.users.find((u) => u.roles.length === 0)!.upn;
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues a device code, answers pending, then tokens once after approval', async () => {
    emulator.control.setDeviceCodeInterval(2);
    const code = await client.startDeviceCode(GRAPH_DEFAULT);
    expect(code).toMatchObject({
      interval: 2,
      expires_in: 900,
      verification_uri: `${emulator.info.url}/devicelogin`,
    });
    expect(code.user_code).toMatch(/^[A-Z0-9]{9}$/);
    expect((code as unknown as { message: string }).message).toBe(
      `To sign in, use a web browser to open the page ${emulator.info.url}/devicelogin and enter the code ${code.user_code} to authenticate.`,
    );

    const pending = await client.redeemDeviceCode(code.device_code);
    expect(pending.status).toBe(400);
    expect(jsonOf(pending)).toMatchObject({ error: 'authorization_pending', error_codes: [70016] });

    const approved = await client.approve(code.user_code.toLowerCase(), admin);
    expect(approved.status).toBe(200);
    expect(jsonOf(approved)).toEqual({ approved: true });

    const answer = await client.redeemDeviceCode(code.device_code);
    expect(answer.status).toBe(200);
    const body = jsonOf<Record<string, string | number>>(answer);
    expect(body.token_type).toBe('Bearer');
    expect(typeof body.expires_in).toBe('number');
    expect(typeof body.ext_expires_in).toBe('number');
    expect(String(body.scope).split(' ')).toEqual(
      expect.arrayContaining([
        'https://graph.microsoft.com/.default',
        'openid',
        'profile',
        'offline_access',
      ]),
    );
    const access = decodeJwt(String(body.access_token));
    expect(decodeProtectedHeader(String(body.access_token))).toMatchObject({
      alg: 'RS256',
      kid: expect.any(String),
    });
    expect(access).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `${emulator.info.url}/${emulator.info.tenantId}/v2.0`,
      tid: emulator.info.tenantId,
      upn: admin,
      preferred_username: admin,
      appid: emulator.info.publicClientId,
      azp: emulator.info.publicClientId,
      // Tenant-wide admin consent covers everything the app requires on Graph.
      scp: 'User.Read Directory.Read.All Organization.Read.All Sites.Read.All',
      ver: '2.0',
      amr: ['pwd'],
    });
    expect(decodeJwt(String(body.id_token))).toMatchObject({
      aud: emulator.info.publicClientId,
      oid: access.oid,
    });
    const clientInfo = JSON.parse(
      Buffer.from(String(body.client_info), 'base64url').toString('utf8'),
    );
    expect(clientInfo).toEqual({ uid: access.oid, utid: emulator.info.tenantId });
    expect(emulator.control.issuedTokens()).toEqual(
      expect.arrayContaining([body.access_token, body.id_token, body.refresh_token]),
    );

    const again = await client.redeemDeviceCode(code.device_code);
    expect(jsonOf(again)).toMatchObject({ error: 'invalid_grant', error_codes: [54005] });

    const tokenCalls = emulator.control
      .requests()
      .filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenCalls.map((r) => r.status)).toEqual([400, 200, 400]);
    expect(tokenCalls[0]).toMatchObject({
      method: 'POST',
      grantType: 'urn:ietf:params:oauth:grant-type:device_code',
      clientId: emulator.info.publicClientId,
    });
  });

  it('rotates refresh tokens and keeps the old one valid', async () => {
    const first = await client.signIn(admin, GRAPH_DEFAULT);
    const second = jsonOf<{ refresh_token: string; scope: string }>(
      await client.refresh(first.refresh_token, GRAPH_DEFAULT),
    );
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const reuse = await client.refresh(first.refresh_token, 'User.Read openid offline_access');
    expect(reuse.status).toBe(200);
    expect(jsonOf<{ scope: string }>(reuse).scope.split(' ')).toContain('User.Read');
  });

  it('refuses scopes nobody consented to with consent_required, naming app and scope', async () => {
    const tokens = await client.signIn(megan, GRAPH_DEFAULT);
    // User.Read.All is not among the app's required permissions, so no grant covers it.
    const answer = await client.refresh(
      tokens.refresh_token,
      'https://graph.microsoft.com/User.Read.All offline_access',
    );
    expect(answer.status).toBe(400);
    const body = jsonOf<{ error_description: string }>(answer);
    expect(body).toMatchObject({
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_codes: [65001],
    });
    expect(body.error_description).toContain("named 'M365 Desk (sandbox)'");
    expect(body.error_description).toContain('https://graph.microsoft.com/User.Read.All');
  });

  it('rejects revoked, unknown and foreign-client refresh tokens', async () => {
    const tokens = await client.signIn(megan, GRAPH_DEFAULT);
    expect(jsonOf(await client.refresh('not-a-token', GRAPH_DEFAULT))).toMatchObject({
      error: 'invalid_grant',
      error_codes: [70000],
    });
    emulator.control.revokeRefreshTokens(megan);
    const revoked = await client.refresh(tokens.refresh_token, GRAPH_DEFAULT);
    expect(revoked.status).toBe(400);
    expect(jsonOf(revoked)).toMatchObject({ error: 'invalid_grant', error_codes: [50173] });
    // Tokens issued after the revocation work again.
    const fresh = await client.signIn(megan, GRAPH_DEFAULT);
    expect((await client.refresh(fresh.refresh_token, GRAPH_DEFAULT)).status).toBe(200);
  });

  it('answers polling with a device code it never issued as bad_verification_code (AADSTS70018)', async () => {
    const answer = await client.redeemDeviceCode('DAQABIQEAAAEMUnot-a-device-code');
    expect(answer.status).toBe(400);
    expect(jsonOf(answer)).toMatchObject({ error: 'bad_verification_code', error_codes: [70018] });
    const other = await client.startDeviceCode(
      GRAPH_DEFAULT,
      emulator.info.firstPartyClients.azureCli,
    );
    // Another client's code is not this client's either.
    expect(jsonOf(await client.redeemDeviceCode(other.device_code))).toMatchObject({
      error: 'bad_verification_code',
    });
  });

  it('answers a device code past its 15 minutes as expired_token, when polled and when approved', async () => {
    const code = await client.startDeviceCode(GRAPH_DEFAULT);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 901_000);
      expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
        error: 'expired_token',
        error_codes: [70019],
      });
      expect((await client.approve(code.user_code, admin)).status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers unknown codes, users, clients and multi-resource scopes with the right errors', async () => {
    const code = await client.startDeviceCode(GRAPH_DEFAULT);
    expect((await client.approve('ZZZZ-ZZZZ', admin)).status).toBe(404);
    expect(
      (await client.approve(code.user_code, 'nobody@contoso-sandbox.onmicrosoft.com')).status,
    ).toBe(404);
    expect(emulator.control.approveDeviceCode('ZZZZ-ZZZZ', admin)).toBe(false);

    const unknownClient = await client.postForm(
      `/${emulator.info.tenantId}/oauth2/v2.0/devicecode`,
      {
        client_id: '11111111-2222-3333-4444-555555555555',
        scope: GRAPH_DEFAULT,
      },
    );
    expect(unknownClient.status).toBe(400);
    expect(jsonOf(unknownClient)).toMatchObject({
      error: 'unauthorized_client',
      error_codes: [700016],
    });

    const badTenant = await client.get(
      '/not-a-tenant.example/v2.0/.well-known/openid-configuration',
    );
    expect(jsonOf(badTenant)).toMatchObject({ error: 'invalid_request', error_codes: [90002] });

    const badGrant = await client.postForm('/organizations/oauth2/v2.0/token', {
      grant_type: 'password',
      client_id: emulator.info.publicClientId,
    });
    expect(jsonOf(badGrant)).toMatchObject({
      error: 'unsupported_grant_type',
      error_codes: [70003],
    });
  });
});
