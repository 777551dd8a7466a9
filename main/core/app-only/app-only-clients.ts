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

const secretName = (connectionId: string) => `app-credential:${connectionId}`;

export class AppOnlyClients {
  private readonly http = new Map<string, HttpsClient>();

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
    const http = this.httpFor(target.cloud);
    const network = new MsalNetworkClient(http);
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
    try {
      const result = await cca.acquireTokenByClientCredential({
        scopes: [`${audience.replace(/\/$/, '')}/.default`],
      });
      if (!result)
        throw new ProblemError({
          code: 'no_result',
          message: 'The token service returned nothing.',
        });
      return result;
    } catch (error) {
      if (error instanceof ProblemError) throw error;
      const correlationId = (error as { correlationId?: string }).correlationId;
      throw new ProblemError(toProblem(error, network.serverErrorFor(correlationId)));
    }
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
    this.vault.remove(secretName(connectionId));
  }

  close(): void {
    for (const client of this.http.values()) client.close();
  }
}
