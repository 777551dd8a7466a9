/**
 * Connect, refresh and disconnect each service. Here the registry (who uses which account),
 * the token broker (MSAL), the probes and the events to the renderer meet. Every service is
 * refreshed on its own: one failing never takes another down.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type {
  CommandInput,
  ServiceStatus,
  InteractiveMethodId,
  Problem,
  ServiceId,
  ServicePanel,
  SharePointTarget,
} from '../../../preload/contract';
import type { AccountDirectory } from './account-directory';
import { ProblemError } from '../errors/to-problem';
import {
  checkAppOnlyRequest,
  checkAppOnlyUse,
  type AppOnlyRequest,
} from '../app-only/app-only-request';
import type { PendingConsents } from '../consent/pending-consents';
import { namingTheApp } from '../errors/app-registration-problem';
import { failureState, isConsentFailure } from '../failure-state';
import { forbidden, isDeadGrant, notInCloud } from './connection-problems';
import { tokensNotKept, type KeystorePolicy } from '../store/keystore-policy';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { InteractiveSignIns } from '../flows/interactive-sign-ins';
import type { PooledClient, PublicClientPool, SignInProfile } from '../msal/public-client-pool';
import { signInProblem } from '../msal/sign-in-problem';
import type { EventSink } from '../ports';
import { probeService } from '../services/service-probe';
import { serviceById, serviceCatalog } from '../services/service-catalog';
import {
  qualifiedScopes,
  type ServiceContext,
  type ServiceDefinition,
} from '../services/service-definition';
import {
  discoverRootSite,
  sharePointTargetFrom,
  SITE_DISCOVERY_SCOPE,
} from '../sharepoint/sharepoint-target';
import type { SignInProfiles } from '../sign-in-profiles';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import type { TokenBroker } from './token-broker';
import { tokenDetails } from './token-facts';

export type SignInTarget = CommandInput<'signIn.deviceCode'>;

export interface ConnectionServiceDeps {
  registry: ConnectionRegistry;
  accounts: AccountDirectory;
  pool: PublicClientPool;
  broker: TokenBroker;
  profiles: SignInProfiles;
  deviceCode: DeviceCodeFlows;
  interactive: InteractiveSignIns;
  keystore: KeystorePolicy;
  events: EventSink;
  consents: PendingConsents;
}

export class ConnectionService {
  constructor(private readonly deps: ConnectionServiceDeps) {}

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

  /** A new sign-in by device code; it becomes (or refreshes) a named connection. */
  connectWithDeviceCode(target: SignInTarget): Promise<ServiceStatus> {
    return this.connectDelegated(target, ({ pca }, scopes, profile) =>
      this.deps.deviceCode.run(target.serviceId, pca, scopes, profile.cloud.authorityHost),
    );
  }

  /** A new sign-in in the in-app window or the system browser (authorization code + PKCE). */
  connectInteractive(
    target: SignInTarget & { method: InteractiveMethodId },
  ): Promise<ServiceStatus> {
    return this.connectDelegated(target, ({ pca }, scopes, profile) =>
      this.deps.interactive.run(target.method, target.serviceId, pca, profile.cloud, scopes),
    );
  }

  /**
   * Every delegated sign-in: pick the app and scopes, let `acquire` get the person's token,
   * save the connection (replacing the one being signed in again) and bind the service.
   */
  private async connectDelegated(
    target: SignInTarget,
    acquire: (
      client: PooledClient,
      scopes: string[],
      profile: SignInProfile,
    ) => Promise<AuthenticationResult>,
  ): Promise<ServiceStatus> {
    const { serviceId, cloud, siteUrl } = target;
    const service = serviceById(serviceId);
    const profile = await this.deps.profiles.forNewSignIn(cloud, target.app);
    const sharePoint = siteUrl?.trim() ? sharePointTargetFrom(siteUrl, profile.cloud) : undefined;
    const ctx: ServiceContext = {
      cloud: profile.cloud,
      tenantId: profile.tenant,
      ...(sharePoint ? { sharePoint } : {}),
    };
    // SharePoint without a URL: sign in for Graph first and discover the root site through it.
    const discover = service.needsSiteUrl && !sharePoint;
    const scopes = discover
      ? graphScopes(ctx, [SITE_DISCOVERY_SCOPE])
      : scopesOrRefuse(service, ctx);
    this.publish({ serviceId, cloud, state: 'connecting', clientId: profile.clientId, scopes: [] });
    const client = this.deps.pool.get(profile);
    try {
      const result = await acquire(client, scopes, profile);
      let account = await this.deps.accounts.save(profile, result);
      if (target.replacesConnectionId) {
        account = await this.deps.accounts.replace(target.replacesConnectionId, account);
      }
      return await this.bindAndProbe(service, account, sharePoint, discover ? result : undefined);
    } catch (error) {
      const problem = signInProblem(error, client);
      if (isConsentFailure(problem, error)) {
        this.deps.consents.record(serviceId, {
          cloud,
          clientId: profile.clientId,
          tenant: profile.tenant,
          ...(sharePoint ? { siteUrl: sharePoint.siteUrl } : {}),
          scopes,
          problem,
        });
      }
      await this.refresh(serviceId); // back to what it was (or consent-needed); the caller shows why
      throw new ProblemError(namingTheApp(problem, profile.clientId));
    }
  }

  /** App-only: the app signs in as itself; its credential is checked first and then kept encrypted. */
  async connectAppOnly(request: AppOnlyRequest): Promise<ServiceStatus> {
    const service = serviceById(request.serviceId);
    const cloud = await this.deps.profiles.endpoints(request.cloud);
    const sharePoint = request.siteUrl?.trim()
      ? sharePointTargetFrom(request.siteUrl, cloud)
      : undefined;
    const ctx: ServiceContext = {
      cloud,
      tenantId: request.tenant,
      ...(sharePoint ? { sharePoint } : {}),
    };
    const credential = checkAppOnlyRequest(service, request, ctx);
    const resource = service.resource(ctx)!;
    const result = await this.deps.broker.appOnly.token(
      { cloud, tenant: request.tenant, clientId: request.clientId },
      credential,
      resource.audience,
    );
    const account = await this.deps.accounts.saveAppOnly(
      request.cloud,
      request.clientId,
      result,
      credential,
      request.tenant,
    );
    return this.bind(service.id, account, sharePoint);
  }

  /** Connects a service with an account already signed in: silent when consent allows. */
  async useAccount(
    serviceId: ServiceId,
    connectionId: string,
    siteUrl?: string,
  ): Promise<ServiceStatus> {
    const account = this.deps.registry.account(connectionId);
    if (!account)
      throw new ProblemError({
        code: 'unknown_connection',
        message: 'That connection no longer exists.',
      });
    const service = serviceById(serviceId);
    const ctx = await this.deps.broker.contextOf(account);
    const sharePoint = siteUrl?.trim() ? sharePointTargetFrom(siteUrl, ctx.cloud) : undefined;
    if (account.kind === 'app-only') {
      // The app signs in as itself: what an app-only sign-in refuses is refused here too.
      const { kind } = await this.deps.broker.appOnly.load(account.id);
      checkAppOnlyUse(service, { ...ctx, ...(sharePoint ? { sharePoint } : {}) }, kind);
    }
    return this.bindAndProbe(service, account, sharePoint);
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
      const ctx = await this.deps.broker.contextOf(account);
      const sharePoint = binding.siteUrl
        ? sharePointTargetFrom(binding.siteUrl, ctx.cloud)
        : undefined;
      return this.publish(
        await this.probeWith(serviceById(serviceId), account, {
          ...ctx,
          ...(sharePoint ? { sharePoint } : {}),
        }),
      );
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
        ...failure,
        ...(missing ? { missingPermissions: await missing } : {}),
      });
    }
  }

  /** Stops using the account for this service; the account goes too once nothing uses it. */
  async disconnect(serviceId: ServiceId): Promise<ServiceStatus> {
    this.deps.consents.clear(serviceId);
    const binding = this.deps.registry.unbind(serviceId);
    if (binding && this.deps.registry.servicesUsing(binding.connectionId).length === 0) {
      await this.deps.accounts.remove(binding.connectionId);
    } else {
      this.deps.accounts.publish();
    }
    return this.publish(this.disconnected(serviceId));
  }

  /**
   * An administrator granted what a failed first sign-in lacked. Nothing was saved then, so the
   * panel asks for the sign-in again (it will not ask for consent this time).
   */
  consentGranted(serviceId: ServiceId): ServiceStatus {
    return this.publish(this.deps.consents.granted(serviceId, this.disconnected(serviceId)));
  }

  /** After an account was signed out: every service that used it shows disconnected. */
  publishDisconnected(serviceIds: ServiceId[]): void {
    for (const id of serviceIds) this.publish(this.disconnected(id));
  }

  private async bindAndProbe(
    service: ServiceDefinition,
    account: AccountRecord,
    given: SharePointTarget | undefined,
    graphResult?: AuthenticationResult,
  ): Promise<ServiceStatus> {
    const ctx = await this.deps.broker.contextOf(account);
    let sharePoint = given;
    if (service.needsSiteUrl && !sharePoint) {
      const graph =
        graphResult ??
        (await this.deps.broker.silent(account, graphScopes(ctx, [SITE_DISCOVERY_SCOPE])));
      sharePoint = await discoverRootSite(
        await this.deps.broker.httpOf(account),
        ctx.cloud,
        graph.accessToken,
      );
    }
    return this.bind(service.id, account, sharePoint);
  }

  /** Makes `account` the one this service uses (and, for SharePoint, which site), then probes. */
  private bind(serviceId: ServiceId, account: AccountRecord, sharePoint?: SharePointTarget) {
    this.deps.consents.clear(serviceId);
    this.deps.registry.bind({
      serviceId,
      connectionId: account.id,
      ...(sharePoint ? { siteUrl: sharePoint.siteUrl } : {}),
      boundAt: new Date().toISOString(),
    });
    this.deps.accounts.publish();
    return this.refresh(serviceId);
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
    const ctx = await this.deps.broker.contextOf(account);
    const sharePoint = siteUrl ? sharePointTargetFrom(siteUrl, ctx.cloud) : undefined;
    return [
      ...serviceById(serviceId).delegatedScopes({ ...ctx, ...(sharePoint ? { sharePoint } : {}) }),
    ];
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

  private disconnected(serviceId: ServiceId): ServiceStatus {
    return {
      serviceId,
      cloud: this.deps.profiles.defaultCloud(),
      state: 'disconnected',
      scopes: [],
    };
  }

  private publish(status: ServiceStatus): ServiceStatus {
    this.deps.events.emit('service.changed', status);
    return status;
  }
}

function scopesOrRefuse(service: ServiceDefinition, ctx: ServiceContext): string[] {
  if (!service.resource(ctx)) throw notInCloud(service, ctx);
  return qualifiedScopes(service, ctx);
}

function graphScopes(ctx: ServiceContext, scopes: string[]): string[] {
  const audience = ctx.cloud.resources.graph?.audience;
  return audience ? scopes.map((s) => `${audience}/${s}`) : scopes;
}
