/**
 * App-only sign-in: one MSAL ConfidentialClientApplication per cloud, app and tenant. The
 * credential (a secret, or a certificate's thumbprint and key) lives longer than any token, so
 * it follows the same keystore policy as refresh tokens: in the vault (encrypted) only when the
 * policy keeps sign-ins, otherwise in memory for this session, and read back when a token is
 * needed.
 */
import {
  ConfidentialClientApplication,
  LogLevel,
  type AuthenticationResult,
} from '@azure/msal-node';
import { z } from 'zod';
import type { CloudEndpoints } from '../cloud-catalog';
import { ProblemError, toProblem } from '../errors/to-problem';
import { authorityMetadataOptions } from '../msal/authority-metadata';
import { MsalNetworkClient } from '../msal/msal-network-client';
import { HttpsClient } from '../net/https-request';
import type { NetworkBounds } from '../net/network-bounds';
import type { ProxyConfig } from '../net/proxy-settings';
import type { SecretVault } from '../store/secret-vault';

export const StoredCredential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('secret'), secret: z.string() }),
  z.object({
    kind: z.literal('certificate'),
    thumbprintSha256: z.string(),
    privateKeyPem: z.string(),
    /** The certificate itself (public), when M365 Desk made it: its facts, export and renewal. */
    certificatePem: z.string().optional(),
    /** Where it is on the app (set when M365 Desk put it there): the app can roll it itself. */
    appObjectId: z.string().optional(),
    keyId: z.string().optional(),
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

/** The vault's group of app-only credentials: `app-credential:<connectionId>`. */
const SECRET_GROUP = 'app-credential';
const secretName = (connectionId: string) => `${SECRET_GROUP}:${connectionId}`;

export interface AppOnlyClientsDeps {
  vault: SecretVault;
  proxy: () => ProxyConfig;
  /** The keystore policy: false without a secure keystore (and no opt-in). */
  keepSecrets?: () => Promise<boolean>;
  /** How long its requests may take and how often they are tried. */
  bounds?: NetworkBounds;
}

/** Entra's "client assertion is not within its valid time range": this computer's clock is off. */
const CLOCK_OFF = 'AADSTS700024';

const clientKey = (target: AppOnlyTarget, credential: StoredCredential) =>
  JSON.stringify([target.cloud.id, target.tenant, target.clientId, credential]);

export class AppOnlyClients {
  private readonly http = new Map<string, HttpsClient>();
  private readonly clients = new Map<string, AppOnlyClient>();
  /** Every credential of this session, kept or not: the vault is only its copy on disk. */
  private readonly session = new Map<string, StoredCredential>();

  private readonly vault: SecretVault;
  private readonly proxy: () => ProxyConfig;
  private readonly keepSecrets: () => Promise<boolean>;

  private readonly bounds: NetworkBounds | undefined;

  constructor({ vault, proxy, keepSecrets = async () => true, bounds }: AppOnlyClientsDeps) {
    this.vault = vault;
    this.proxy = proxy;
    this.keepSecrets = keepSecrets;
    this.bounds = bounds;
  }

  /**
   * A token for `audience` with the app's own permissions (`.default`), or a ProblemError;
   * `renew` skips the cached one.
   */
  async token(
    target: AppOnlyTarget,
    credential: StoredCredential,
    audience: string,
    renew = false,
  ): Promise<AuthenticationResult> {
    const { cca, network } = this.clientFor(target, credential);
    try {
      const result = await cca.acquireTokenByClientCredential({
        scopes: [`${audience.replace(/\/$/, '')}/.default`],
        skipCache: renew,
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
      const problem = toProblem(error, network.serverErrorFor(correlationId));
      // MSAL reuses its signed assertion, this clock's time in it, until it expires by this
      // clock: once the clock is set right, only a new client signs a new one.
      if (problem.code === CLOCK_OFF) this.clients.delete(clientKey(target, credential));
      // MSAL's error goes with it: its trace and correlation ids are for the diagnostics report.
      throw Object.assign(new ProblemError(problem), { cause: error });
    }
  }

  /**
   * One client per app, tenant and credential, kept so MSAL's in-memory app token cache serves
   * later refreshes instead of a new client credentials request every time.
   */
  private clientFor(target: AppOnlyTarget, credential: StoredCredential): AppOnlyClient {
    const key = clientKey(target, credential);
    const existing = this.clients.get(key);
    if (existing) return existing;
    const network = new MsalNetworkClient({ http: this.httpFor(target.cloud) });
    const cca = new ConfidentialClientApplication({
      auth: {
        clientId: target.clientId,
        authority: `${target.cloud.authorityHost.replace(/\/$/, '')}/${target.tenant}`,
        ...authorityMetadataOptions(target),
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
      client = new HttpsClient({
        caPem: cloud.caPem,
        proxy: this.proxy,
        ...(this.bounds ? { bounds: this.bounds } : {}),
      });
      this.http.set(cloud.id, client);
    }
    return client;
  }

  /** Keeps the credential for the session, and on disk only when the keystore policy allows. */
  async save(connectionId: string, credential: StoredCredential): Promise<void> {
    this.session.set(connectionId, credential);
    await this.persist(connectionId);
  }

  /**
   * Brings the disk in line with the policy (after the person changed it): the session's
   * credentials are written when it keeps sign-ins, and removed from disk when it does not.
   */
  async applyPolicy(): Promise<void> {
    for (const connectionId of this.session.keys()) await this.persist(connectionId);
  }

  /**
   * At start-up: credentials an older version wrote although the policy did not keep sign-ins
   * (or kept before the person withdrew the opt-in) are taken off the disk.
   */
  async dropFromDiskUnlessKept(): Promise<void> {
    if (await this.keepSecrets()) return;
    for (const name of this.vault.names(SECRET_GROUP)) this.vault.remove(name);
  }

  async load(connectionId: string): Promise<StoredCredential> {
    const kept = this.session.get(connectionId);
    if (kept) return kept;
    const stored = (await this.keepSecrets())
      ? await this.vault.read(secretName(connectionId))
      : undefined;
    const parsed = StoredCredential.safeParse(stored ? JSON.parse(stored) : undefined);
    if (!parsed.success) {
      throw new ProblemError({
        code: 'app_credential_missing',
        message: 'The saved certificate or secret for this app is not on this computer any more.',
        hint: 'Connect again with the certificate or secret.',
      });
    }
    this.session.set(connectionId, parsed.data);
    return parsed.data;
  }

  forget(connectionId: string): void {
    this.clients.clear(); // cheap to rebuild, and drops the forgotten app's cached tokens too
    this.session.delete(connectionId);
    this.vault.remove(secretName(connectionId));
  }

  private async persist(connectionId: string): Promise<void> {
    const credential = this.session.get(connectionId);
    if (credential && (await this.keepSecrets())) {
      await this.vault.write(secretName(connectionId), JSON.stringify(credential));
    } else {
      this.vault.remove(secretName(connectionId));
    }
  }

  close(): void {
    for (const client of this.http.values()) client.close();
  }
}
