/**
 * Gets tokens for a saved account: finds its MSAL client (cloud + app), its cached account,
 * and asks MSAL silently. MSAL renews the access token, through the refresh token, when due.
 * Also says what the account's requests need to know: its cloud, tenant and SharePoint site.
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import { ProblemError } from '../errors/to-problem';
import type { PublicClientPool, PooledClient, SignInProfile } from '../msal/public-client-pool';
import type { CloudEndpoints } from '../cloud-catalog';
import type { ServiceContext } from '../services/service-definition';
import { sharePointTargetFrom } from '../sharepoint/sharepoint-target';
import type { SignInProfiles } from '../sign-in-profiles';
import type { AccountRecord } from '../store/connection-registry';
import type { AppOnlyClients } from '../app-only/app-only-clients';
import type { HttpsClient } from '../net/https-request';

export interface TokenBrokerDeps {
  /** The delegated sign-ins' MSAL clients, one per cloud and app. */
  pool: PublicClientPool;
  profiles: SignInProfiles;
  /** The app-only sign-ins' clients and their credentials. */
  appOnly: AppOnlyClients;
}

/**
 * What a service's requests need to know: the cloud, the tenant and, when a site URL is given,
 * the SharePoint site (its root and admin hosts parsed from the URL).
 */
export function contextFor(
  cloud: CloudEndpoints,
  tenantId: string,
  siteUrl?: string,
): ServiceContext {
  const sharePoint = siteUrl?.trim() ? sharePointTargetFrom(siteUrl, cloud) : undefined;
  return { cloud, tenantId, ...(sharePoint ? { sharePoint } : {}) };
}

export class TokenBroker {
  /** One queue per MSAL client: msal-node reloads its whole cache around each call. */
  private readonly queues = new WeakMap<object, Promise<unknown>>();
  private readonly pool: PublicClientPool;
  private readonly profiles: SignInProfiles;
  readonly appOnly: AppOnlyClients;

  constructor(deps: TokenBrokerDeps) {
    this.pool = deps.pool;
    this.profiles = deps.profiles;
    this.appOnly = deps.appOnly;
  }

  /** Where this account's requests go (with the cloud's CA and the proxy). */
  async httpOf(account: AccountRecord): Promise<HttpsClient> {
    if (account.kind === 'app-only')
      return this.appOnly.httpFor(await this.profiles.endpoints(account.cloud));
    return (await this.clientOf(account)).http;
  }

  /** A token for one resource: delegated scopes for a person, `.default` for an app. */
  async tokenFor(
    account: AccountRecord,
    audience: string,
    scopes: string[],
  ): Promise<AuthenticationResult> {
    if (account.kind !== 'app-only') return this.silent(account, scopes);
    const cloud = await this.profiles.endpoints(account.cloud);
    const credential = await this.appOnly.load(account.id);
    return this.appOnly.token(
      { cloud, tenant: account.tenantId, clientId: account.clientId },
      credential,
      audience,
    );
  }

  async profileOf(account: AccountRecord): Promise<SignInProfile> {
    const cloud = await this.profiles.endpoints(account.cloud);
    return { cloud, clientId: account.clientId, tenant: account.tenantId };
  }

  async clientOf(account: AccountRecord): Promise<PooledClient> {
    return this.clientFor(await this.profileOf(account));
  }

  /** The MSAL client of a cloud and app, for a new sign-in as much as a saved one. */
  clientFor(profile: SignInProfile): PooledClient {
    return this.pool.get(profile);
  }

  /** The account's cloud and tenant, and the SharePoint site `siteUrl` names (if given). */
  async contextOf(account: AccountRecord, siteUrl?: string): Promise<ServiceContext> {
    return contextFor(await this.profiles.endpoints(account.cloud), account.tenantId, siteUrl);
  }

  async silent(account: AccountRecord, scopes: string[]): Promise<AuthenticationResult> {
    const { pca } = await this.clientOf(account);
    const result = await this.serialized(pca, async () =>
      pca.acquireTokenSilent({ account: await this.msalAccount(account), scopes }),
    );
    if (!result)
      throw new ProblemError({ code: 'no_result', message: 'The token service returned nothing.' });
    return result;
  }

  /** Removes the account and every token MSAL holds for it (persisted by the cache plugin). */
  async forget(account: AccountRecord): Promise<void> {
    if (account.kind === 'app-only') return this.appOnly.forget(account.id);
    const cache = (await this.clientOf(account)).pca.getTokenCache();
    const cached = await cache.getAccountByHomeId(account.homeAccountId);
    if (cached) await cache.removeAccount(cached);
  }

  /**
   * Runs MSAL calls on one client one at a time: parallel calls would each reload the cache
   * from the plugin and could drop tokens another call just received.
   */
  private serialized<T>(client: object, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(client) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queues.set(
      client,
      next.catch(() => undefined),
    );
    return next;
  }

  private async msalAccount(account: AccountRecord): Promise<AccountInfo> {
    const cache = (await this.clientOf(account)).pca.getTokenCache();
    const cached = await cache.getAccountByHomeId(account.homeAccountId);
    if (!cached) {
      throw new ProblemError({
        code: 'account_not_found',
        message: `The saved sign-in for ${account.username} is not on this computer any more.`,
        hint: 'Sign in again.',
      });
    }
    return cached;
  }
}
