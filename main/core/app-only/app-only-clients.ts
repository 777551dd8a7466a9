/**
 * App-only sign-in: one MSAL ConfidentialClientApplication per cloud, app and tenant. The
 * credential (a secret, or a certificate's thumbprint and key) is kept in the vault under the
 * connection's id, encrypted like tokens, and read back when a token is needed.
 */
import {
  ConfidentialClientApplication,
  LogLevel,
  type AuthenticationResult,
} from '@azure/msal-node';
import { z } from 'zod';
import type { CloudEndpoints } from '../cloud-catalog';
import { ProblemError, toProblem } from '../errors/to-problem';
import { MsalNetworkClient } from '../msal/msal-network-client';
import { HttpsClient } from '../net/https-request';
import type { ProxyConfig } from '../net/proxy-settings';
import type { SecretVault } from '../store/secret-vault';

export const StoredCredential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('secret'), secret: z.string() }),
  z.object({
    kind: z.literal('certificate'),
    thumbprintSha256: z.string(),
    privateKeyPem: z.string(),
  }),
]);
export type StoredCredential = z.infer<typeof StoredCredential>;

export interface AppOnlyTarget {
  cloud: CloudEndpoints;
  tenant: string;
  clientId: string;
}

interface AppOnlyClient {
  cca: ConfidentialClientApplication;
  network: MsalNetworkClient;
}

const secretName = (connectionId: string) => `app-credential:${connectionId}`;

export class AppOnlyClients {
  private readonly http = new Map<string, HttpsClient>();
  private readonly clients = new Map<string, AppOnlyClient>();

  constructor(
    private readonly vault: SecretVault,
    private readonly proxy: () => ProxyConfig,
  ) {}

  /** A token for `audience` with the app's own permissions (`.default`), or a ProblemError. */
  async token(
    target: AppOnlyTarget,
    credential: StoredCredential,
    audience: string,
  ): Promise<AuthenticationResult> {
    const { cca, network } = this.clientFor(target, credential);
    try {
      const result = await cca.acquireTokenByClientCredential({
        scopes: [`${audience.replace(/\/$/, '')}/.default`],
      });
      if (!result) {
        throw new ProblemError({
          code: 'no_result',
          message: 'The token service returned nothing.',
        });
      }
      return result;
    } catch (error) {
      if (error instanceof ProblemError) throw error;
      const correlationId = (error as { correlationId?: string }).correlationId;
      throw new ProblemError(toProblem(error, network.serverErrorFor(correlationId)));
    }
  }

  /**
   * One client per app, tenant and credential, kept so MSAL's in-memory app token cache serves
   * later refreshes instead of a new client credentials request every time.
   */
  private clientFor(target: AppOnlyTarget, credential: StoredCredential): AppOnlyClient {
    const key = JSON.stringify([target.cloud.id, target.tenant, target.clientId, credential]);
    const existing = this.clients.get(key);
    if (existing) return existing;
    const network = new MsalNetworkClient(this.httpFor(target.cloud));
    const cca = new ConfidentialClientApplication({
      auth: {
        clientId: target.clientId,
        authority: `${target.cloud.authorityHost.replace(/\/$/, '')}/${target.tenant}`,
        knownAuthorities: [new URL(target.cloud.authorityHost).host],
        ...(credential.kind === 'secret'
          ? { clientSecret: credential.secret }
          : {
              clientCertificate: {
                thumbprintSha256: credential.thumbprintSha256,
                privateKey: credential.privateKeyPem,
              },
            }),
      },
      system: {
        networkClient: network,
        loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false },
      },
    });
    const client = { cca, network };
    this.clients.set(key, client);
    return client;
  }

  httpFor(cloud: CloudEndpoints): HttpsClient {
    let client = this.http.get(cloud.id);
    if (!client) {
      client = new HttpsClient(cloud.caPem, this.proxy);
      this.http.set(cloud.id, client);
    }
    return client;
  }

  async save(connectionId: string, credential: StoredCredential): Promise<void> {
    await this.vault.write(secretName(connectionId), JSON.stringify(credential));
  }

  async load(connectionId: string): Promise<StoredCredential> {
    const stored = await this.vault.read(secretName(connectionId));
    const parsed = StoredCredential.safeParse(stored ? JSON.parse(stored) : undefined);
    if (!parsed.success) {
      throw new ProblemError({
        code: 'app_credential_missing',
        message: 'The saved certificate or secret for this app is not on this computer any more.',
        hint: 'Connect again with the certificate or secret.',
      });
    }
    return parsed.data;
  }

  forget(connectionId: string): void {
    this.clients.clear(); // cheap to rebuild, and drops the forgotten app's cached tokens too
    this.vault.remove(secretName(connectionId));
  }

  close(): void {
    for (const client of this.http.values()) client.close();
  }
}
