import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublicClientApplication } from '@azure/msal-node';
import type { AccountInfo } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { ReadyInfo, RunningEmulator } from './index.js';
import { EmulatorClient } from './testing/emulator-client.js';
import { jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';

/** The probe each service answers, as the app calls it (see IDENTITY-FACTS.md). */
const probes = (info: ReadyInfo) => ({
  graph: `${info.resources.graph.baseUrl}/v1.0/users?$top=1`,
  sharepoint: `${info.sharepoint.rootBaseUrl}/_api/web?$select=Title,Url`,
  managementApi: `${info.resources.managementApi.baseUrl}/api/v1.0/${info.tenantId}/activity/feed/subscriptions/list`,
  azureManagement: `${info.resources.azureManagement.baseUrl}/subscriptions?api-version=2022-12-01`,
  vivaEngage: `${info.resources.vivaEngage.baseUrl}/api/v1/users/current.json`,
});

describe('one sign-in serves all six services (msal-node, tenant-wide consent)', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let pca: PublicClientApplication;
  let account: AccountInfo;
  let refreshToken: string;
  const networkClient = () =>
    createCaTrustingNetworkClient(readFileSync(emulator.info.caFile, 'utf8'));
  let network: ReturnType<typeof networkClient>;
  const refresh = (scope: string) => client.refresh(refreshToken, `${scope} offline_access`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-multi-'));
    emulator = await startEmulator({ port: 0, dataDir, deviceCodeIntervalSeconds: 1 });
    client = new EmulatorClient(emulator.info);
    network = networkClient();
    pca = new PublicClientApplication({
      auth: {
        clientId: emulator.info.publicClientId,
        authority: `${emulator.info.url}/${emulator.info.tenantId}`,
        knownAuthorities: [new URL(emulator.info.url).host],
      },
      system: { networkClient: network },
    });
    const admin = `admin@${emulator.info.tenantDomain}`;
    const result = await pca.acquireTokenByDeviceCode({
      scopes: [`${emulator.info.resources.graph.audience}/.default`],
      deviceCodeCallback: (code) => {
        expect(emulator.control.approveDeviceCode(code.userCode, admin)).toBe(true);
      },
    });
    if (!result?.account) throw new Error('device code sign-in returned no account');
    account = result.account;
    refreshToken = (await client.signIn(admin, 'openid offline_access')).refresh_token;
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('acquireTokenSilent gets every other resource with refresh grants only, and each probe answers 200', async () => {
    const urls = probes(emulator.info);
    const devicecodeCalls = () => network.urls.filter((u) => u.includes('/devicecode')).length;
    expect(devicecodeCalls()).toBe(1);
    for (const [key, endpoint] of Object.entries(emulator.info.resources)) {
      const silent = await pca.acquireTokenSilent({
        account,
        scopes: [`${endpoint.audience}/.default`],
      });
      expect(decodeJwt(silent.accessToken).aud, key).toBe(endpoint.audience);
      const answer = await client.get(urls[key as keyof typeof urls], {
        authorization: `Bearer ${silent.accessToken}`,
      });
      expect(answer.status, `${key}: ${answer.text}`).toBe(200);
    }
    expect(devicecodeCalls()).toBe(1);
    const grants = emulator.control.requests().filter((r) => r.grantType === 'refresh_token');
    expect(grants.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses two resources in one request (AADSTS70011), also the two SharePoint hosts', async () => {
    for (const scope of [
      'https://graph.microsoft.com/User.Read https://manage.office.com/ActivityFeed.Read',
      `${emulator.info.sharepoint.rootUrl}/AllSites.Read ${emulator.info.sharepoint.adminUrl}/AllSites.Read`,
    ]) {
      const answer = await refresh(scope);
      expect(answer.status).toBe(400);
      expect(jsonOf(answer)).toMatchObject({ error: 'invalid_scope', error_codes: [70011] });
    }
  });

  it('answers AADSTS500011 for a resource or SharePoint host not in the tenant', async () => {
    for (const resource of ['https://fabrikam.sharepoint.com', 'https://x.example']) {
      const answer = await refresh(`${resource}/.default`);
      expect(answer.status).toBe(400);
      const body = jsonOf<{ error_description: string }>(answer);
      expect(body).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
      expect(body.error_description).toContain(
        `The resource principal named ${resource} was not found`,
      );
    }
  });

  it('revokeTenantConsent breaks only that resource (65001 consent_required); resetConsent heals it', async () => {
    emulator.control.revokeTenantConsent('https://management.azure.com', 'user_impersonation');
    const azure = await refresh('https://management.azure.com/.default');
    expect(azure.status).toBe(400);
    const body = jsonOf<{ error_description: string }>(azure);
    expect(body).toMatchObject({
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_codes: [65001],
    });
    expect(body.error_description).toContain('https://management.azure.com/user_impersonation');
    for (const other of Object.values(emulator.info.resources)) {
      if (other.audience === 'https://management.azure.com') continue;
      expect((await refresh(`${other.audience}/.default`)).status, other.audience).toBe(200);
    }
    // One scope of a two-scope grant: only requests that name it fail.
    emulator.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
    expect((await refresh('https://manage.office.com/ActivityFeed.Read')).status).toBe(400);
    expect((await refresh('https://manage.office.com/ServiceHealth.Read')).status).toBe(200);
    expect(() => emulator.control.revokeTenantConsent('https://x.example', 'a')).toThrow();

    emulator.control.resetConsent();
    expect((await refresh('https://management.azure.com/.default')).status).toBe(200);
    expect((await refresh('https://manage.office.com/ActivityFeed.Read')).status).toBe(200);
  });

  it('unprovisioned Viva Engage fails token requests with AADSTS500011', async () => {
    emulator.control.setVivaEngageProvisioned(false);
    try {
      const answer = await refresh('https://api.yammer.com/.default');
      expect(answer.status).toBe(400);
      expect(jsonOf(answer)).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
      const devicecode = await client.postForm(
        `/${emulator.info.tenantId}/oauth2/v2.0/devicecode`,
        {
          client_id: emulator.info.publicClientId,
          scope: 'https://api.yammer.com/user_impersonation',
        },
      );
      expect(jsonOf(devicecode)).toMatchObject({ error_codes: [500011] });
    } finally {
      emulator.control.setVivaEngageProvisioned(true);
    }
    expect((await refresh('https://api.yammer.com/.default')).status).toBe(200);
  });
});
