import { readFileSync } from 'node:fs';
import { PublicClientApplication } from '@azure/msal-node';
import type { AuthenticationResult } from '@azure/msal-node';
import { firstPartyClientIds } from '../directory/first-party-clients.js';
import type { RunningEmulator } from '../index.js';
import type { EmulatorClient } from './emulator-client.js';
import type { HttpsAnswer } from './https-client.js';
import { jsonOf } from './https-client.js';
import { createCaTrustingNetworkClient } from './msal-network-client.js';
import type { SandboxAccount } from './resource-test-fixture.js';
import { useEmulator } from './use-emulator.js';

export { firstPartyClientIds };

/** Microsoft Graph's application id, as app setup payloads name it. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** What `m365 setup` posts to `/v1.0/applications` (see IDENTITY-FACTS.md). */
export function setupApplicationPayload(
  displayName: string,
  requiredResourceAccess: unknown[],
): Record<string, unknown> {
  return {
    displayName,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: true,
    publicClient: {
      redirectUris: [
        'http://localhost',
        'https://login.microsoftonline.com/common/oauth2/nativeclient',
      ],
    },
    requiredResourceAccess,
  };
}

/** What app setup tests share: an emulator, msal-node sign-ins and Graph calls. */
export interface AppSetupFixture {
  readonly emulator: RunningEmulator;
  readonly client: EmulatorClient;
  upn(account: SandboxAccount): string;
  /** A real msal-node public client for `clientId` against the sandbox tenant. */
  publicClient(clientId: string): PublicClientApplication;
  /**
   * Device code sign-in with msal-node (a new client, or `pca` to keep its cache); the
   * emulator approves as `upn` when MSAL shows the code.
   */
  deviceCode(
    clientId: string,
    upn: string,
    scopes: string[],
    pca?: PublicClientApplication,
  ): Promise<AuthenticationResult>;
  /** An Azure CLI Graph token for the account (pre-authorized for app setup). */
  cliToken(account: SandboxAccount): Promise<string>;
  /** A Graph v1.0 call (`path` starts at `/v1.0`). */
  graph(method: string, path: string, token: string, body?: unknown): Promise<HttpsAnswer>;
  /** A Graph call that must succeed; returns its JSON. */
  graphOk<T = Record<string, unknown>>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
  ): Promise<T>;
}

/** Starts an emulator (1 s device code interval) for the enclosing `describe`. */
export function useAppSetupFixture(): AppSetupFixture {
  const running = useEmulator('app-setup', { deviceCodeIntervalSeconds: 1 });
  const tokens = new Map<string, string>();
  const fixture: AppSetupFixture = {
    get emulator() {
      return running().emulator;
    },
    get client() {
      return running().client;
    },
    upn: (account) => `${account}@${running().emulator.info.tenantDomain}`,
    publicClient(clientId) {
      const { info } = running().emulator;
      return new PublicClientApplication({
        auth: {
          clientId,
          authority: `${info.url}/${info.tenantId}`,
          knownAuthorities: [new URL(info.url).host],
        },
        system: { networkClient: createCaTrustingNetworkClient(readFileSync(info.caFile, 'utf8')) },
      });
    },
    async deviceCode(clientId, upn, scopes, pca = fixture.publicClient(clientId)) {
      const result = await pca.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (code) => {
          running().emulator.control.approveDeviceCode(code.userCode, upn);
        },
      });
      if (!result) throw new Error('device code sign-in returned nothing');
      return result;
    },
    async cliToken(account) {
      let token = tokens.get(account);
      if (!token) {
        const result = await fixture.deviceCode(
          firstPartyClientIds.azureCli,
          fixture.upn(account),
          ['https://graph.microsoft.com/.default'],
        );
        token = result.accessToken;
        tokens.set(account, token);
      }
      return token;
    },
    graph(method, path, token, body) {
      const { emulator: e, client: c } = running();
      return c.send(
        method,
        `${e.info.resources.graph.baseUrl}${path}`,
        { authorization: `Bearer ${token}` },
        body,
      );
    },
    async graphOk<T>(method: string, path: string, token: string, body?: unknown) {
      const answer = await fixture.graph(method, path, token, body);
      if (answer.status >= 300)
        throw new Error(`${method} ${path} failed: ${answer.status} ${answer.text}`);
      return answer.text ? jsonOf<T>(answer) : ({} as T);
    },
  };
  return fixture;
}
