import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../index.js';
import type { RunningEmulator } from '../index.js';
import { EmulatorClient } from '../testing/emulator-client.js';
import { jsonOf } from '../testing/https-client.js';

const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

describe('failure-injection controls', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let upn: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-controls-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    upn = emulator.info.users[0]?.upn ?? '';
  });
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('expireRefreshTokens: the old refresh token fails with 700082, a new sign-in works', async () => {
    const { refresh_token } = await client.signIn(upn, SCOPE);
    emulator.control.expireRefreshTokens(upn);
    expect(jsonOf(await client.refresh(refresh_token, SCOPE))).toMatchObject({
      error: 'invalid_grant',
      error_codes: [700082],
    });
    const fresh = await client.signIn(upn, SCOPE);
    expect((await client.refresh(fresh.refresh_token, SCOPE)).status).toBe(200);
  });

  it('blockDeviceCode: an approved device code fails with 53003 until unblocked', async () => {
    await client.postJson('/_emulator/conditional-access', { blockDeviceCode: true });
    const code = await client.startDeviceCode(SCOPE);
    expect((await client.approve(code.user_code, upn)).status).toBe(200);
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error: 'interaction_required',
      suberror: 'message_only',
      error_codes: [53003],
    });
    emulator.control.blockDeviceCode(false);
    expect((await client.redeemDeviceCode(code.device_code)).status).toBe(200);
  });

  it('setPublicClientFlows: off gives 7000218 when the device code is redeemed, on restores', async () => {
    emulator.control.setPublicClientFlows(emulator.info.publicClientId, false);
    const code = await client.startDeviceCode(SCOPE);
    expect((await client.approve(code.user_code, upn)).status).toBe(200);
    const refused = await client.redeemDeviceCode(code.device_code);
    expect(refused.status).toBe(401);
    expect(jsonOf(refused)).toMatchObject({ error: 'invalid_client', error_codes: [7000218] });
    emulator.control.setPublicClientFlows(emulator.info.publicClientId, true);
    expect((await client.redeemDeviceCode(code.device_code)).status).toBe(200);
  });

  it('failNext: 429 with Retry-After, then 503 over HTTP, then normal answers', async () => {
    const { refresh_token } = await client.signIn(upn, SCOPE);
    emulator.control.failNext(1, 429, 7);
    const throttled = await client.refresh(refresh_token, SCOPE);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('7');
    await client.postJson('/_emulator/token-failures', { count: 1, status: 503 });
    expect((await client.refresh(refresh_token, SCOPE)).status).toBe(503);
    expect((await client.refresh(refresh_token, SCOPE)).status).toBe(200);
    const bad = await client.postJson('/_emulator/token-failures', { count: 1, status: 404 });
    expect(bad.status).toBe(400);
  });

  it('expireClientSecret: client credentials with the secret fail with 7000222', async () => {
    const request = () =>
      client.postForm(`/${emulator.info.tenantId}/oauth2/v2.0/token`, {
        grant_type: 'client_credentials',
        client_id: emulator.info.confidentialClient.clientId,
        client_secret: emulator.info.confidentialClient.secret,
        scope: 'https://graph.microsoft.com/.default',
      });
    expect((await request()).status).toBe(200);
    emulator.control.expireClientSecret();
    expect(jsonOf(await request())).toMatchObject({
      error: 'invalid_client',
      error_codes: [7000222],
    });
  });
  it('failSignIn: the next token requests answer as Entra does for the code, then normal', async () => {
    const { refresh_token } = await client.signIn(upn, SCOPE);
    emulator.control.failSignIn(50076);
    const mfa = await client.refresh(refresh_token, SCOPE);
    expect(mfa.status).toBe(400);
    const body = jsonOf(mfa);
    expect(body).toMatchObject({
      error: 'interaction_required',
      suberror: 'basic_action',
      error_codes: [50076],
    });
    expect(String(body.error_description)).toMatch(/^AADSTS50076: /);
    await client.postJson('/_emulator/sign-in-failures', { code: 7000112, count: 1 });
    expect(jsonOf(await client.refresh(refresh_token, SCOPE))).toMatchObject({
      error: 'unauthorized_client',
      error_codes: [7000112],
    });
    expect((await client.refresh(refresh_token, SCOPE)).status).toBe(200);
    expect(() => emulator.control.failSignIn(12345)).toThrow(/Unknown AADSTS code/);
    const bad = await client.postJson('/_emulator/sign-in-failures', { code: 1 });
    expect(bad.status).toBe(400);
  });
});
