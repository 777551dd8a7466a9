import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { LogLevel, PublicClientApplication } from '@azure/msal-node';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsRequest, jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';
import { spawnEmulatorCli } from './testing/spawn-emulator-cli.js';
import type { SpawnedEmulator } from './testing/spawn-emulator-cli.js';

// Acceptance: unmodified msal-node, configured only from the CLI's ready line, completes a
// device code sign-in and a forced refresh against the emulator with full TLS verification.
describe('emulator CLI + @azure/msal-node device code flow', () => {
  let dataDir: string;
  let emulator: SpawnedEmulator;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
    emulator = await spawnEmulatorCli([
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--device-code-interval',
      '1',
    ]);
  }, 40_000);

  afterAll(async () => {
    await emulator?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in with device code, verifies the token against JWKS, and refreshes', async () => {
    const { info } = emulator;
    expect(info.ready).toBe(true);
    expect(info.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.stdoutLines).toHaveLength(1);

    const caPem = readFileSync(info.caFile, 'utf8');
    const networkClient = createCaTrustingNetworkClient(caPem);
    const agent = new Agent({ ca: caPem });
    const msalLog: string[] = [];
    const pca = new PublicClientApplication({
      auth: {
        clientId: info.publicClientId,
        authority: `${info.url}/${info.tenantId}`,
        knownAuthorities: [new URL(info.url).host],
      },
      system: {
        networkClient,
        loggerOptions: {
          logLevel: LogLevel.Verbose,
          piiLoggingEnabled: false,
          loggerCallback: (_l, m) => msalLog.push(m),
        },
      },
    });
    const admin = info.users.find((u) => u.roles.includes('Global Administrator'));
    if (!admin) throw new Error('ready line lists no admin user');
    const scopes = [`${info.resources.graph.audience}/.default`];

    let approval: Promise<number> | undefined;
    const result = await pca.acquireTokenByDeviceCode({
      scopes,
      deviceCodeCallback: (response) => {
        expect(response.message).toContain(response.userCode);
        // Approve only after MSAL's first poll, so the authorization_pending path is exercised.
        approval = delay(1500)
          .then(() =>
            httpsRequest(`${info.url}/_emulator/device/approve`, {
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ user_code: response.userCode, upn: admin.upn }),
            }),
          )
          .then((answer) => answer.status);
      },
    });
    expect(await approval).toBe(200);
    const devicePolls = networkClient.urls.filter((u) => u.includes('/oauth2/v2.0/token')).length;
    expect(devicePolls).toBeGreaterThanOrEqual(2);
    if (!result) throw new Error('msal returned no result');
    expect(result.account?.username).toBe(admin.upn);
    expect(result.account?.tenantId).toBe(info.tenantId);
    expect(result.tenantId).toBe(info.tenantId);
    expect(result.scopes.map((s) => s.toLowerCase())).toContain(scopes[0]?.toLowerCase());

    const jwksAnswer = await httpsRequest(`${info.url}/${info.tenantId}/discovery/v2.0/keys`, {
      agent,
    });
    const jwks = createLocalJWKSet(jsonOf<JSONWebKeySet>(jwksAnswer));
    const { payload } = await jwtVerify(result.accessToken, jwks, {
      issuer: `${info.url}/${info.tenantId}/v2.0`,
      audience: info.resources.graph.audience,
    });
    expect(payload.upn).toBe(admin.upn);
    expect(payload.appid).toBe(info.publicClientId);
    expect(String(payload.scp).split(' ')).toContain('User.Read');

    const me = await httpsRequest(`${info.resources.graph.baseUrl}/v1.0/me`, {
      agent,
      headers: { authorization: `Bearer ${result.accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(jsonOf(me).userPrincipalName).toBe(admin.upn);

    const tokenPosts = () =>
      networkClient.urls.filter((u) => u.startsWith('POST') && u.includes('/oauth2/v2.0/token'))
        .length;
    const before = tokenPosts();
    const refreshed = await pca.acquireTokenSilent({
      account: result.account!,
      scopes,
      forceRefresh: true,
    });
    expect(tokenPosts()).toBe(before + 1);
    expect(refreshed.accessToken).not.toBe(result.accessToken);
    await jwtVerify(refreshed.accessToken, jwks, {
      issuer: `${info.url}/${info.tenantId}/v2.0`,
      audience: info.resources.graph.audience,
    });

    // A silent call without forceRefresh must be served from MSAL's cache: proves the echoed
    // scope matches what MSAL asked for.
    const cached = await pca.acquireTokenSilent({ account: result.account!, scopes });
    expect(cached.accessToken).toBe(refreshed.accessToken);
    expect(tokenPosts()).toBe(before + 1);

    console.info('[acceptance] msal requests:\n' + networkClient.urls.join('\n'));
  }, 60_000);
});
