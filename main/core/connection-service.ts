/**
 * Connect, refresh and disconnect each service. This is where the registry (who is connected),
 * MSAL (tokens), the probes and the events to the renderer meet.
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import { InteractionRequiredAuthError } from '@azure/msal-node';
import type { CloudId, ConnectionStatus, ServiceId, ServicePanel } from '../../preload/contract';
import { ProblemError, toProblem } from './errors/to-problem';
import type { DeviceCodeFlows } from './flows/device-code-flow';
import { authorityOf, type PublicClientPool, type SignInProfile } from './msal/public-client-pool';
import type { EventSink } from './ports';
import { serviceById, serviceCatalog, scopesFor } from './service-catalog';
import { probeService } from './services/service-probe';
import type { SignInProfiles } from './sign-in-profiles';
import type { ConnectionRecord, ConnectionRegistry } from './store/connection-registry';
import { tokenFacts } from './token-facts';

export interface ConnectionServiceDeps {
  registry: ConnectionRegistry;
  pool: PublicClientPool;
  profiles: SignInProfiles;
  deviceCode: DeviceCodeFlows;
  events: EventSink;
}

export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDeps) {}

  /** Every service's panel, all refreshed in parallel (one round trip, not one per service). */
  async list(): Promise<ServicePanel[]> {
    return Promise.all(
      serviceCatalog.map(async (service) => ({
        serviceId: service.id,
        label: service.label,
        description: service.description,
        status: await this.refresh(service.id),
      })),
    );
  }

  async connectWithDeviceCode(serviceId: ServiceId, cloud: CloudId): Promise<ConnectionStatus> {
    const profile = await this.deps.profiles.forNewSignIn(cloud);
    const service = serviceById(serviceId);
    const { pca } = this.deps.pool.get(profile);
    this.publish({ serviceId, cloud, state: 'connecting', clientId: profile.clientId, scopes: [] });
    try {
      const result = await this.deps.deviceCode.run(
        serviceId,
        pca,
        scopesFor(service, profile.cloud),
      );
      const record = await this.recordFor(serviceId, profile, result);
      this.deps.registry.save(record);
      return this.publish(await this.statusFrom(record, profile, result));
    } catch (error) {
      // Back to whatever it was before (usually disconnected), and the caller shows why.
      await this.refresh(serviceId);
      throw error;
    }
  }

  /** Silent token (MSAL renews it when due) and a live probe. Never throws. */
  async refresh(serviceId: ServiceId): Promise<ConnectionStatus> {
    const record = this.deps.registry.get(serviceId);
    if (!record) return this.publish(await this.disconnectedStatus(serviceId));
    try {
      const profile = await this.profileOf(record);
      const account = await this.accountOf(profile, record);
      const { pca } = this.deps.pool.get(profile);
      const result = await pca.acquireTokenSilent({
        account,
        scopes: scopesFor(serviceById(serviceId), profile.cloud),
      });
      return this.publish(await this.statusFrom(record, profile, result));
    } catch (error) {
      const needsSignIn = error instanceof InteractionRequiredAuthError || isMissingAccount(error);
      return this.publish({
        ...this.summaryOf(record),
        state: needsSignIn ? 'needs-sign-in' : 'error',
        problem: toProblem(error),
      });
    }
  }

  /** Forgets the connection; the account's tokens go too once no other service uses them. */
  async disconnect(serviceId: ServiceId): Promise<ConnectionStatus> {
    const record = this.deps.registry.remove(serviceId);
    if (record && !this.deps.registry.isAccountInUse(record.homeAccountId, record.clientId)) {
      const profile = await this.profileOf(record);
      const cache = this.deps.pool.get(profile).pca.getTokenCache();
      const account = await cache.getAccountByHomeId(record.homeAccountId);
      if (account) await cache.removeAccount(account);
    }
    return this.publish(await this.disconnectedStatus(serviceId));
  }

  private async statusFrom(
    record: ConnectionRecord,
    profile: SignInProfile,
    result: AuthenticationResult,
  ): Promise<ConnectionStatus> {
    const service = serviceById(record.serviceId);
    const facts = tokenFacts(result);
    const { http } = this.deps.pool.get(profile);
    const probe = await probeService(
      http,
      service,
      service.resource(profile.cloud),
      result.accessToken,
    );
    return {
      ...this.summaryOf(record),
      state: 'connected',
      scopes: facts.granted,
      ...(facts.expiresAt ? { accessTokenExpiresAt: facts.expiresAt } : {}),
      probe,
    };
  }

  private summaryOf(record: ConnectionRecord): ConnectionStatus {
    return {
      serviceId: record.serviceId,
      cloud: record.cloud,
      state: 'connected',
      clientId: record.clientId,
      account: {
        username: record.username,
        displayName: record.displayName,
        tenantId: record.tenantId,
      },
      ...(record.tenantDomain ? { tenantDomain: record.tenantDomain } : {}),
      scopes: [],
    };
  }

  private async disconnectedStatus(serviceId: ServiceId): Promise<ConnectionStatus> {
    return {
      serviceId,
      cloud: this.deps.profiles.defaultCloud(),
      state: 'disconnected',
      scopes: [],
    };
  }

  private async recordFor(
    serviceId: ServiceId,
    profile: SignInProfile,
    result: AuthenticationResult,
  ): Promise<ConnectionRecord> {
    const account = result.account;
    if (!account)
      throw new ProblemError({ code: 'no_account', message: 'Sign-in returned no account.' });
    const tenantDomain =
      profile.cloud.id === 'sandbox'
        ? await this.deps.profiles.sandboxTenantDomain()
        : domainOf(account);
    return {
      serviceId,
      cloud: profile.cloud.id,
      clientId: profile.clientId,
      authority: authorityOf(profile),
      homeAccountId: account.homeAccountId,
      username: account.username,
      displayName: account.name ?? account.username,
      tenantId: account.tenantId,
      ...(tenantDomain ? { tenantDomain } : {}),
      connectedAt: new Date().toISOString(),
    };
  }

  private async profileOf(record: ConnectionRecord): Promise<SignInProfile> {
    const cloud = await this.deps.profiles.endpoints(record.cloud);
    return { cloud, clientId: record.clientId, tenant: record.tenantId };
  }

  private async accountOf(profile: SignInProfile, record: ConnectionRecord): Promise<AccountInfo> {
    const account = await this.deps.pool
      .get(profile)
      .pca.getTokenCache()
      .getAccountByHomeId(record.homeAccountId);
    if (!account) {
      throw new ProblemError({
        code: 'account_not_found',
        message: `The saved sign-in for ${record.username} is not on this computer any more.`,
        hint: 'Sign in again.',
      });
    }
    return account;
  }

  private publish(status: ConnectionStatus): ConnectionStatus {
    this.deps.events.emit('connection.changed', status);
    return status;
  }
}

const isMissingAccount = (error: unknown) =>
  error instanceof ProblemError && error.code === 'account_not_found';

/** Outside the sandbox, the UPN's domain is the best tenant label we have without another call. */
const domainOf = (account: AccountInfo) => account.username.split('@')[1];
