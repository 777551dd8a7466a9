/**
 * The MSAL `PublicClientApplication`s per cloud + app registration, each with a network client
 * that trusts only that cloud's CA (the sandbox's private CA, or the system's roots for
 * Microsoft's clouds). Per cloud and app: one client for new sign-ins, and for saved accounts
 * as many clients as calls run at once ({@link AccountLanes}), all sharing one network client
 * and the encrypted cache, one partition per account ({@link TokenCacheStore}).
 */
import {
  LogLevel,
  PublicClientApplication,
  type Configuration,
  type ICachePlugin,
} from '@azure/msal-node';
import { HttpsClient } from '../net/https-request';
import type { NetworkBounds } from '../net/network-bounds';
import type { ProxyConfig } from '../net/proxy-settings';
import type { Problem } from '../../../preload/contract';
import type { SecretVault } from '../store/secret-vault';
import type { CloudEndpoints } from '../cloud-catalog';
import { AccountLanes } from './account-lanes';
import { authorityMetadataOptions } from './authority-metadata';
import { EncryptedCachePlugin } from './encrypted-cache-plugin';
import { MsalNetworkClient } from './msal-network-client';
import type { SerializedCache } from './serialized-cache';
import { TokenCacheStore, cloudAppPartition } from './token-cache-store';

/** Who to sign in with: a cloud, an app registration and a tenant. */
export interface SignInProfile {
  cloud: CloudEndpoints;
  clientId: string;
  /** Tenant id, a verified domain, or `organizations`. */
  tenant: string;
}

export const authorityOf = (profile: SignInProfile): string =>
  `${profile.cloud.authorityHost.replace(/\/$/, '')}/${profile.tenant}`;

export interface PooledClient {
  pca: PublicClientApplication;
  http: HttpsClient;
  network: MsalNetworkClient;
}

export interface PublicClientPoolDeps {
  vault: SecretVault;
  /** Told when saved tokens could not be read and were set aside. */
  notify?: (notice: Problem) => void;
  proxy?: () => ProxyConfig;
  /** The keystore policy: false without a secure keystore (and no opt-in). */
  keepTokens?: () => Promise<boolean>;
  /** False for a pool whose tokens must never reach disk (Set up app's privileged session). */
  persistent?: boolean;
  /** How long its requests may take and how often they are tried. */
  bounds?: NetworkBounds;
}

export class PublicClientPool {
  private readonly clients = new Map<string, PooledClient>();
  private readonly lanes = new Map<string, AccountLanes>();
  /** Undefined for a memory-only pool: its clients keep their caches to themselves. */
  private readonly tokens: TokenCacheStore | undefined;

  private readonly proxy: () => ProxyConfig;
  private readonly bounds: NetworkBounds | undefined;

  constructor({
    vault,
    notify = () => undefined,
    proxy = () => ({ source: 'none' }),
    keepTokens = async () => true,
    persistent = true,
    bounds,
  }: PublicClientPoolDeps) {
    this.proxy = proxy;
    this.bounds = bounds;
    this.tokens = persistent ? new TokenCacheStore({ vault, notify, keepTokens }) : undefined;
  }

  /** The client of a cloud and app for new sign-ins (and its network client). */
  get(profile: SignInProfile): PooledClient {
    const key = cloudAppPartition(profile.cloud.id, profile.clientId);
    let client = this.clients.get(key);
    if (!client) {
      const http = new HttpsClient({
        caPem: profile.cloud.caPem,
        proxy: this.proxy,
        ...(this.bounds ? { bounds: this.bounds } : {}),
      });
      client = this.withPlugin(profile, key, {
        http,
        network: new MsalNetworkClient({ http }),
      }).pooled;
      this.clients.set(key, client);
    }
    return client;
  }

  /**
   * Runs a silent call for a saved account on a client of its own, bound to the account's cache
   * partition, while calls for its other resources (or other accounts) run on others.
   */
  forAccount<T>(
    profile: SignInProfile,
    homeAccountId: string,
    scopes: readonly string[],
    work: (pca: PublicClientApplication) => Promise<T>,
  ): Promise<T> {
    const key = cloudAppPartition(profile.cloud.id, profile.clientId);
    let lanes = this.lanes.get(key);
    if (!lanes) {
      const shared = this.get(profile);
      lanes = new AccountLanes(() => {
        const { pooled, plugin } = this.withPlugin(profile, key, shared);
        if (!plugin) throw new Error('A memory-only pool keeps no saved accounts.');
        return { pca: pooled.pca, plugin };
      });
      this.lanes.set(key, lanes);
    }
    return lanes.run(homeAccountId, scopes, work);
  }

  /**
   * Saves a sign-in made elsewhere (the CLI for Microsoft 365's, on import) into its account's
   * encrypted partition, under the keystore policy, as a new sign-in here would be.
   */
  async importSignIn(profile: SignInProfile, cache: SerializedCache): Promise<void> {
    if (!this.tokens) throw new Error('A memory-only pool keeps no saved accounts.');
    await this.tokens.receiveSignIn(cloudAppPartition(profile.cloud.id, profile.clientId), cache);
  }

  /** Removes every token of a saved account, in memory and on disk. */
  async forget(profile: SignInProfile, homeAccountId: string): Promise<void> {
    await this.tokens?.forget(cloudAppPartition(profile.cloud.id, profile.clientId), homeAccountId);
  }

  close(): void {
    for (const { http } of this.clients.values()) http.close();
    this.clients.clear();
    this.lanes.clear();
  }

  /** A client of the cloud and app on the shared network client, with the cache plugin. */
  private withPlugin(
    profile: SignInProfile,
    cloudApp: string,
    shared: Pick<PooledClient, 'http' | 'network'>,
  ): { pooled: PooledClient; plugin?: EncryptedCachePlugin } {
    if (!this.tokens) return { pooled: this.create(profile, shared) };
    const plugin = new EncryptedCachePlugin({
      store: this.tokens,
      cloudApp,
      // Called by MSAL's cache access, so only once the client below exists.
      clearMemory: () => pooled.pca.clearCache(),
    });
    const pooled = this.create(profile, shared, plugin);
    return { pooled, plugin };
  }

  private create(
    profile: SignInProfile,
    { http, network }: Pick<PooledClient, 'http' | 'network'>,
    cachePlugin?: ICachePlugin,
  ): PooledClient {
    const config: Configuration = {
      auth: {
        clientId: profile.clientId,
        authority: authorityOf(profile),
        ...authorityMetadataOptions(profile),
      },
      // Without a plugin MSAL keeps its cache in this client's memory only.
      ...(cachePlugin ? { cache: { cachePlugin } } : {}),
      system: {
        networkClient: network,
        loggerOptions: {
          piiLoggingEnabled: false,
          logLevel: LogLevel.Warning,
          loggerCallback: (level, message) => {
            // A cancel is the person's choice, answered in the UI; MSAL logs it as an error.
            if (message.includes('Token request cancelled')) return;
            if (level <= LogLevel.Warning) console.warn(`[msal] ${message}`);
          },
        },
      },
    };
    return { pca: new PublicClientApplication(config), http, network };
  }
}
