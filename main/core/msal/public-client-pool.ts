/**
 * One MSAL `PublicClientApplication` per cloud + app registration, each with its own encrypted
 * cache partition and a network client that trusts only that cloud's CA (the sandbox's private
 * CA, or the system's roots for Microsoft's clouds).
 */
import { LogLevel, PublicClientApplication, type Configuration } from '@azure/msal-node';
import { HttpsClient } from '../net/https-request';
import type { ProxyConfig } from '../net/proxy-settings';
import type { Problem } from '../../../preload/contract';
import type { SecretVault } from '../store/secret-vault';
import type { CloudEndpoints } from '../cloud-catalog';
import { authorityMetadataOptions } from './authority-metadata';
import { EncryptedCachePlugin } from './encrypted-cache-plugin';
import { MsalNetworkClient } from './msal-network-client';

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
}

export class PublicClientPool {
  private readonly clients = new Map<string, PooledClient>();

  private readonly vault: SecretVault;
  private readonly notify: (notice: Problem) => void;
  private readonly proxy: () => ProxyConfig;
  private readonly keepTokens: () => Promise<boolean>;
  private readonly persistent: boolean;

  constructor({
    vault,
    notify = () => undefined,
    proxy = () => ({ source: 'none' }),
    keepTokens = async () => true,
    persistent = true,
  }: PublicClientPoolDeps) {
    this.vault = vault;
    this.notify = notify;
    this.proxy = proxy;
    this.keepTokens = keepTokens;
    this.persistent = persistent;
  }

  get(profile: SignInProfile): PooledClient {
    const key = `msal-cache:${profile.cloud.id}:${profile.clientId}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.create(profile, key);
      this.clients.set(key, client);
    }
    return client;
  }

  close(): void {
    for (const { http } of this.clients.values()) http.close();
    this.clients.clear();
  }

  private create(profile: SignInProfile, cacheName: string): PooledClient {
    const http = new HttpsClient({ caPem: profile.cloud.caPem, proxy: this.proxy });
    const network = new MsalNetworkClient({ http });
    const config: Configuration = {
      auth: {
        clientId: profile.clientId,
        authority: authorityOf(profile),
        ...authorityMetadataOptions(profile),
      },
      // Without a plugin MSAL keeps its cache in this client's memory only.
      ...(this.persistent
        ? {
            cache: {
              cachePlugin: new EncryptedCachePlugin({
                vault: this.vault,
                secretName: cacheName,
                notify: this.notify,
                keepTokens: this.keepTokens,
              }),
            },
          }
        : {}),
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
