/**
 * Which account each service uses: binding a service to an account (and, for SharePoint, a
 * site), unbinding it, and the consent an administrator granted for a service not bound yet.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { ServiceId, ServiceStatus, SharePointTarget } from '../../../preload/contract';
import { checkAppOnlyUse } from '../app-only/app-only-request';
import type { PendingConsents } from '../consent/pending-consents';
import { ProblemError } from '../errors/to-problem';
import { serviceById } from '../services/service-catalog';
import type { ServiceDefinition } from '../services/service-definition';
import { discoverRootSite, graphOf, SITE_DISCOVERY_SCOPE } from '../sharepoint/sharepoint-target';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import type { AccountDirectory } from './account-directory';
import type { ServiceStatuses } from './service-statuses';
import { graphScopes } from './sign-in-scopes';
import type { TokenBroker } from './token-broker';

export interface ServiceBindingsDeps {
  registry: ConnectionRegistry;
  accounts: AccountDirectory;
  broker: TokenBroker;
  consents: PendingConsents;
  statuses: ServiceStatuses;
}

export class ServiceBindings {
  constructor(private readonly deps: ServiceBindingsDeps) {}

  /** Connects a service with an account already signed in: silent when consent allows. */
  async useAccount(
    serviceId: ServiceId,
    connectionId: string,
    siteUrl?: string,
  ): Promise<ServiceStatus> {
    const account = this.accountOf(connectionId);
    const service = serviceById(serviceId);
    const ctx = await this.deps.broker.contextOf(account, siteUrl);
    let sharePoint = ctx.sharePoint;
    if (account.kind === 'app-only') {
      // The app signs in as itself: what an app-only sign-in refuses is refused here too. Its
      // site is found through Graph as the app, unless its credential is one SharePoint refuses.
      const { kind } = await this.deps.broker.appOnly.load(account.id);
      if (service.needsSiteUrl && !sharePoint && kind !== 'secret') {
        sharePoint = await this.discoverSharePoint(account);
      }
      checkAppOnlyUse(service, { ...ctx, ...(sharePoint ? { sharePoint } : {}) }, kind);
    }
    return this.bindAndProbe(service, account, sharePoint);
  }

  /**
   * The tenant's SharePoint root site (its admin center beside it), found through Microsoft
   * Graph as `account`: with `graphResult`, the sign-in's own Graph token, when there is one.
   */
  async discoverSharePoint(
    account: AccountRecord,
    graphResult?: AuthenticationResult,
  ): Promise<SharePointTarget> {
    const { broker } = this.deps;
    const ctx = await broker.contextOf(account);
    const { audience } = graphOf(ctx.cloud);
    const graph =
      graphResult ??
      (await broker.tokenFor(account, audience, graphScopes(ctx, [SITE_DISCOVERY_SCOPE])));
    return discoverRootSite(await broker.httpOf(account), ctx.cloud, graph.accessToken);
  }

  /** {@link discoverSharePoint} for a saved connection, to fill in the connect dialog. */
  discoverFor(connectionId: string): Promise<SharePointTarget> {
    return this.discoverSharePoint(this.accountOf(connectionId));
  }

  /**
   * Binds `account` and probes. SharePoint without a site: its root site is found through
   * Graph first (with `graphResult`, the sign-in's own Graph token, when there is one).
   */
  async bindAndProbe(
    service: ServiceDefinition,
    account: AccountRecord,
    given: SharePointTarget | undefined,
    graphResult?: AuthenticationResult,
  ): Promise<ServiceStatus> {
    const sharePoint =
      service.needsSiteUrl && !given ? await this.discoverSharePoint(account, graphResult) : given;
    return this.bind(service.id, account, sharePoint);
  }

  /** Makes `account` the one this service uses (and, for SharePoint, which site), then probes. */
  bind(
    serviceId: ServiceId,
    account: AccountRecord,
    sharePoint?: SharePointTarget,
  ): Promise<ServiceStatus> {
    this.deps.consents.clear(serviceId);
    this.deps.registry.bind({
      serviceId,
      connectionId: account.id,
      ...(sharePoint ? { siteUrl: sharePoint.siteUrl } : {}),
      boundAt: new Date().toISOString(),
    });
    this.deps.accounts.publish();
    return this.deps.statuses.refresh(serviceId);
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
    return this.deps.statuses.publish(this.deps.statuses.disconnected(serviceId));
  }

  /**
   * An administrator granted what a failed first sign-in lacked. Nothing was saved then, so the
   * panel asks for the sign-in again (it will not ask for consent this time).
   */
  consentGranted(serviceId: ServiceId): ServiceStatus {
    const { statuses, consents } = this.deps;
    return statuses.publish(consents.granted(serviceId, statuses.disconnected(serviceId)));
  }

  private accountOf(connectionId: string): AccountRecord {
    const account = this.deps.registry.account(connectionId);
    if (!account)
      throw new ProblemError({
        code: 'unknown_connection',
        message: 'That connection no longer exists.',
      });
    return account;
  }
}
