/**
 * TEST ONLY. Writes files of the CLI for Microsoft 365's shape without the CLI: msal-node driven
 * as src/Auth.ts drives it (authority `https://login.microsoftonline.com/<tenant>` reached
 * through the emulator's sandbox proxy, scopes `<resource>/.default`, a cache plugin that reads
 * and writes `.cli-m365-msal.json` as src/auth/msalCachePlugin.ts does), and the connection
 * saved with `JSON.stringify` as `Auth.storeConnectionInfo` saves it. The real CLI's own files
 * are tested by `npm run test:real-client` (scripts/real-client/cli-import-check.ts).
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfidentialClientApplication,
  PublicClientApplication,
  type AuthenticationResult,
  type ICachePlugin,
} from '@azure/msal-node';
import type { RunningEmulator } from '../../../../emulator/index';
import { HttpsClient } from '../../net/https-request';
import { MsalNetworkClient } from '../../msal/msal-network-client';
import { CLI_FILES } from '../cli-files';

const LOGIN = 'https://login.microsoftonline.com';

function filePlugin(home: string): ICachePlugin {
  const path = join(home, CLI_FILES.msalCache);
  return {
    beforeCacheAccess: async (context) => {
      if (existsSync(path)) context.tokenCache.deserialize(readFileSync(path, 'utf8'));
    },
    afterCacheAccess: async (context) => {
      if (context.cacheHasChanged) writeFileSync(path, context.tokenCache.serialize(), 'utf8');
    },
  };
}

function system(emulator: RunningEmulator) {
  const { info } = emulator;
  if (!info.proxyUrl)
    throw new Error('Start the emulator with proxyPort to reach it as the CLI does.');
  const http = new HttpsClient({
    caPem: readFileSync(info.caFile, 'utf8'),
    proxy: () => ({ proxyUrl: info.proxyUrl!, source: 'setting' }),
  });
  return { networkClient: new MsalNetworkClient({ http }) };
}

/** One connection as the CLI writes it after `login` and a command for each resource. */
export interface CliShapedConnection {
  authType: 'deviceCode' | 'secret' | 'certificate';
  appId: string;
  tenant: string;
  result: AuthenticationResult;
  resources: string[];
  secret?: string;
  certificateFileText?: string;
  /** As `m365 connection set --newName` gives it; by default the CLI's, the identity's id. */
  name?: string;
}

/** `m365 login --authType deviceCode`, approved as `upn`; then a token per resource. */
export async function deviceCodeLogin(
  emulator: RunningEmulator,
  home: string,
  upn: string,
  resources: string[],
): Promise<CliShapedConnection> {
  const { info } = emulator;
  const pca = new PublicClientApplication({
    auth: { clientId: info.publicClientId, authority: `${LOGIN}/${info.tenantId}` },
    cache: { cachePlugin: filePlugin(home) },
    system: system(emulator),
  });
  const result = await pca.acquireTokenByDeviceCode({
    scopes: [`${resources[0]}/.default`],
    deviceCodeCallback: (response) => {
      emulator.control.approveDeviceCode(response.userCode, upn);
    },
  });
  for (const resource of resources.slice(1)) {
    await pca.acquireTokenSilent({ account: result!.account!, scopes: [`${resource}/.default`] });
  }
  return {
    authType: 'deviceCode',
    appId: info.publicClientId,
    tenant: info.tenantId,
    result: result!,
    resources,
  };
}

/** `m365 login --authType secret|certificate` with the sandbox's confidential app. */
export async function appOnlyLogin(
  emulator: RunningEmulator,
  home: string,
  authType: 'secret' | 'certificate',
  resources: string[],
): Promise<CliShapedConnection> {
  const { info } = emulator;
  const app = info.confidentialClient;
  const pem = `${readFileSync(app.keyFile, 'utf8').trim()}\n${readFileSync(app.certFile, 'utf8')}`;
  const cca = new ConfidentialClientApplication({
    auth: {
      clientId: app.clientId,
      authority: `${LOGIN}/${info.tenantId}`,
      ...(authType === 'secret'
        ? { clientSecret: app.secret }
        : {
            clientCertificate: {
              thumbprintSha256: new X509Certificate(
                readFileSync(app.certFile),
              ).fingerprint256.replaceAll(':', ''),
              privateKey: readFileSync(app.keyFile, 'utf8'),
            },
          }),
    },
    cache: { cachePlugin: filePlugin(home) },
    system: system(emulator),
  });
  let result: AuthenticationResult | null = null;
  for (const resource of resources) {
    result = await cca.acquireTokenByClientCredential({ scopes: [`${resource}/.default`] });
  }
  return {
    authType,
    appId: app.clientId,
    tenant: info.tenantId,
    result: result!,
    resources,
    ...(authType === 'secret' ? { secret: app.secret } : { certificateFileText: pem }),
  };
}

/** Saves the connections as `Auth.storeConnectionInfo` does: the last one current. */
export function writeConnections(home: string, connections: CliShapedConnection[]): void {
  const records = connections.map((c, index) => {
    const claims = JSON.parse(
      Buffer.from(c.result.accessToken.split('.')[1]!, 'base64url').toString('utf8'),
    ) as { upn?: string; app_displayname?: string; oid: string; tid: string };
    return {
      active: index === connections.length - 1,
      authType: c.authType,
      certificateType: c.authType === 'certificate' ? 1 : 0,
      tenant: c.tenant,
      cloudType: 'Public',
      accessTokens: Object.fromEntries(
        c.resources.map((r) => [
          r,
          { expiresOn: c.result.expiresOn, accessToken: c.result.accessToken },
        ]),
      ),
      appId: c.appId,
      identityName: claims.upn ?? claims.app_displayname,
      identityId: claims.oid,
      identityTenantId: claims.tid,
      name: c.name ?? claims.oid,
      ...(c.secret ? { secret: c.secret } : {}),
      ...(c.certificateFileText
        ? { certificate: Buffer.from(c.certificateFileText).toString('base64') }
        : {}),
    };
  });
  writeFileSync(join(home, CLI_FILES.connection), JSON.stringify(records.at(-1)));
  writeFileSync(join(home, CLI_FILES.allConnections), JSON.stringify([...records].reverse()));
}
