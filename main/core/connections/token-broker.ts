/**
 * Gets tokens for a saved account: asks MSAL silently, on a client bound to the account's own
 * cache partition. MSAL renews the access token, through the refresh token, when due; renewals
 * of different resources run at once (see msal/account-lanes.ts for why that is safe).
 * Also says what the account's requests need to know: its cloud, tenant and SharePoint site.
 */
import type { AccountInfo, AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
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

  /**
   * A token for one resource: delegated scopes for a person, `.default` for an app. `renew`
   * asks the token service for a new one even if the cached one looks valid.
   */
  async tokenFor(
    account: AccountRecord,
    audience: string,
    scopes: string[],
    { renew = false } = {},
  ): Promise<AuthenticationResult> {
    if (account.kind !== 'app-only') return this.silent(account, scopes, renew);
    const cloud = await this.profiles.endpoints(account.cloud);
    const credential = await this.appOnly.load(account.id);
    return this.appOnly.token(
      { cloud, tenant: account.tenantId, clientId: account.clientId },
      credential,
      audience,
      renew,
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

  async silent(
    account: AccountRecord,
    scopes: string[],
    forceRefresh = false,
  ): Promise<AuthenticationResult> {
    const profile = await this.profileOf(account);
    const result = await this.pool.forAccount(profile, account.homeAccountId, scopes, async (pca) =>
      pca.acquireTokenSilent({
        account: await this.msalAccount(pca, account),
        scopes,
        forceRefresh,
      }),
    );
    if (!result)
      throw new ProblemError({ code: 'no_result', message: 'The token service returned nothing.' });
    return result;
  }

  /** Removes the account and every token MSAL holds for it, in memory and on disk. */
  async forget(account: AccountRecord): Promise<void> {
    if (account.kind === 'app-only') return this.appOnly.forget(account.id);
    await this.pool.forget(await this.profileOf(account), account.homeAccountId);
  }

  private async msalAccount(
    pca: PublicClientApplication,
    account: AccountRecord,
  ): Promise<AccountInfo> {
    const cached = await pca.getTokenCache().getAccountByHomeId(account.homeAccountId);
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
