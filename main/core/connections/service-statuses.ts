/**
 * What each service's panel shows, and the event that tells the renderer: a silent token
 * (renewed when due) and a live probe per service. Every service is refreshed on its own: one
 * failing never takes another down.
 */
import type { Problem, ServiceId, ServicePanel, ServiceStatus } from '../../../preload/contract';
import type { PendingConsents } from '../consent/pending-consents';
import { isDeadGrant } from '../errors/error-table';
import { failureState } from '../errors/failure-state';
import type { EventSink } from '../ports';
import { probeService } from '../services/service-probe';
import { serviceById, serviceCatalog } from '../services/service-catalog';
import {
  qualifiedScopes,
  type ServiceContext,
  type ServiceDefinition,
} from '../services/service-definition';
import type { SignInProfiles } from '../sign-in-profiles';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import { tokensNotKept, type KeystorePolicy } from '../store/keystore-policy';
import { forbidden, notInCloud } from './connection-problems';
import type { TokenBroker } from './token-broker';
import { tokenDetails } from './token-facts';

export interface ServiceStatusesDeps {
  registry: ConnectionRegistry;
  broker: TokenBroker;
  profiles: SignInProfiles;
  keystore: KeystorePolicy;
  consents: PendingConsents;
  events: EventSink;
}

export class ServiceStatuses {
  constructor(private readonly deps: ServiceStatusesDeps) {}

  /** Every service's panel, refreshed in parallel: about one round trip, not one per service. */
  async list(): Promise<ServicePanel[]> {
    return Promise.all(
      serviceCatalog.map(async (service) => ({
        serviceId: service.id,
        label: service.label,
        description: service.description,
        appOnlySupported: service.appOnlySupported,
        ...(service.appOnlyNote ? { appOnlyNote: service.appOnlyNote } : {}),
        needsSiteUrl: service.needsSiteUrl,
        status: await this.refresh(service.id),
      })),
    );
  }

  /** Silent token (renewed when due) and a live probe. Never throws. */
  async refresh(serviceId: ServiceId): Promise<ServiceStatus> {
    const binding = this.deps.registry.binding(serviceId);
    const account = binding && this.deps.registry.account(binding.connectionId);
    if (!binding || !account) {
      const consent = this.deps.consents.get(serviceId);
      return this.publish(
        consent ? this.deps.consents.statusOf(serviceId, consent) : this.disconnected(serviceId),
      );
    }
    const base = this.summaryOf(serviceId, account);
    if (account.signInRequired) {
      return this.publish({ ...base, state: 'needs-sign-in', problem: account.signInRequired });
    }
    try {
      const ctx = await this.deps.broker.contextOf(account, binding.siteUrl);
      return this.publish(await this.probeWith(serviceById(serviceId), account, ctx));
    } catch (error) {
      const failure = failureState(error);
      // Without a keystore the tokens were never written: say that, not "expired".
      if (failure.state === 'needs-sign-in' && !(await this.deps.keystore.keepsTokens())) {
        failure.problem = tokensNotKept;
      }
      if (isDeadGrant(failure.problem.code)) await this.forgetDeadSignIn(account, failure.problem);
      const missing =
        failure.state === 'consent-needed'
          ? this.missingFor(serviceId, account, binding.siteUrl)
          : undefined;
      return this.publish({
        ...base,
        state: failure.state,
        problem: failure.problem,
        ...(missing ? { missingPermissions: await missing } : {}),
      });
    }
  }

  /** After an account was signed out: every service that used it shows disconnected. */
  publishDisconnected(serviceIds: ServiceId[]): void {
    for (const id of serviceIds) this.publish(this.disconnected(id));
  }

  disconnected(serviceId: ServiceId): ServiceStatus {
    return {
      serviceId,
      cloud: this.deps.profiles.defaultCloud(),
      state: 'disconnected',
      scopes: [],
    };
  }

  /** Tells the renderer, and hands the status back to the caller. */
  publish(status: ServiceStatus): ServiceStatus {
    this.deps.events.emit('service.changed', status);
    return status;
  }

  private async probeWith(
    service: ServiceDefinition,
    account: AccountRecord,
    ctx: ServiceContext,
  ): Promise<ServiceStatus> {
    const resource = service.resource(ctx);
    if (!resource) throw notInCloud(service, ctx);
    const appOnly = account.kind === 'app-only';
    const result = await this.deps.broker.tokenFor(
      account,
      resource.audience,
      qualifiedScopes(service, ctx),
    );
    const details = tokenDetails(result);
    const http = await this.deps.broker.httpOf(account);
    const probeSpec = appOnly ? (service.appOnlyProbe ?? service.probe) : service.probe;
    const probe = await probeService(http, probeSpec, ctx, resource, result.accessToken);
    return {
      ...this.summaryOf(service.id, account),
      state: 'connected',
      scopes: [...details.scopes, ...details.roles],
      tokenDetails: details,
      ...(details.expiresAt ? { accessTokenExpiresAt: details.expiresAt } : {}),
      ...(ctx.sharePoint ? { sharePoint: ctx.sharePoint } : {}),
      probe,
      ...(probe.status === 403 ? { problem: forbidden(service, account) } : {}),
    };
  }

  private async missingFor(
    serviceId: ServiceId,
    account: AccountRecord,
    siteUrl?: string,
  ): Promise<string[]> {
    const ctx = await this.deps.broker.contextOf(account, siteUrl);
    return [...serviceById(serviceId).delegatedScopes(ctx)];
  }

  /**
   * The token service refused the refresh token for good. MSAL drops it only in memory, and the
   * cache plugin would bring it back; remove the account's tokens for real and remember why.
   */
  private async forgetDeadSignIn(account: AccountRecord, reason: Problem): Promise<void> {
    await this.deps.broker.forget(account);
    this.deps.registry.markSignInRequired(account.id, reason);
  }

  private summaryOf(serviceId: ServiceId, account: AccountRecord): ServiceStatus {
    return {
      serviceId,
      cloud: account.cloud,
      state: 'connected',
      connectionId: account.id,
      connectionName: account.name,
      clientId: account.clientId,
      account: {
        username: account.username,
        displayName: account.displayName,
        tenantId: account.tenantId,
      },
      ...(account.tenantDomain ? { tenantDomain: account.tenantDomain } : {}),
      scopes: [],
    };
  }
}
