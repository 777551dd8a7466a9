import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorClient } from './testing/emulator-client.js';
import { jsonOf } from './testing/https-client.js';
import { spawnEmulatorCli } from './testing/spawn-emulator-cli.js';
import type { SpawnedEmulator } from './testing/spawn-emulator-cli.js';

describe('emulator CLI ready line, --no-viva-engage and --proxy-port', () => {
  let dataDir: string;
  let emulator: SpawnedEmulator;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-cli-flags-'));
    emulator = await spawnEmulatorCli([
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--no-viva-engage',
      '--proxy-port',
      '0',
    ]);
  }, 40_000);

  afterAll(async () => {
    await emulator?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints every service, the SharePoint hosts and four accounts in one JSON line', () => {
    const { info, stdoutLines } = emulator;
    expect(stdoutLines).toHaveLength(1);
    expect(info.proxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.resources).toEqual({
      graph: { audience: 'https://graph.microsoft.com', baseUrl: `${info.url}/graph` },
      sharepoint: {
        audience: 'https://contoso-sandbox.sharepoint.com',
        baseUrl: `${info.url}/sharepoint/contoso-sandbox`,
      },
      managementApi: { audience: 'https://manage.office.com', baseUrl: `${info.url}/manage` },
      azureManagement: { audience: 'https://management.azure.com', baseUrl: `${info.url}/azure` },
      vivaEngage: { audience: 'https://api.yammer.com', baseUrl: `${info.url}/yammer` },
    });
    expect(info.sharepoint).toEqual({
      rootUrl: 'https://contoso-sandbox.sharepoint.com',
      adminUrl: 'https://contoso-sandbox-admin.sharepoint.com',
      rootBaseUrl: `${info.url}/sharepoint/contoso-sandbox`,
      adminBaseUrl: `${info.url}/sharepoint/contoso-sandbox-admin`,
    });
    expect(info.firstPartyClients).toEqual({
      azureCli: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      azurePowerShell: '1950a258-227b-4e31-a9cf-717495945fc2',
      graphCommandLineTools: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
    });
    expect(info.users.map((u) => [u.upn.split('@')[0], u.displayName, u.roles])).toEqual([
      ['admin', 'Adele Vance', ['Global Administrator']],
      ['megan', 'Megan Bowen', []],
      ['lee', 'Lee Gu', ['SharePoint Administrator']],
      ['alex', 'Alex Wilber', ['Application Administrator']],
    ]);
  });

  it('starts with Viva Engage unprovisioned until switched on over HTTP', async () => {
    const client = new EmulatorClient(emulator.info);
    const tokens = await client.signIn(emulator.info.users[1]!.upn, 'openid offline_access');
    const yammer = () => client.refresh(tokens.refresh_token, 'https://api.yammer.com/.default');
    expect(jsonOf(await yammer())).toMatchObject({
      error: 'invalid_resource',
      error_codes: [500011],
    });
    expect((await client.postJson('/_emulator/viva-engage', { provisioned: true })).status).toBe(
      200,
    );
    expect((await yammer()).status).toBe(200);
  });
});
