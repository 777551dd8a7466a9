/**
 * What each service's panel shows, and the event that tells the renderer: a silent token
 * (renewed when due) and a live probe per service. Every service is checked on its own: one
 * failing never takes another down. The list answers at once from what is known and the checks
 * it starts answer later, each with its own `service.changed`.
 */
import type { Problem, ServiceId, ServicePanel, ServiceStatus } from '../../../preload/contract';
import type { PendingConsents } from '../consent/pending-consents';
import { isDeadGrant } from '../errors/error-table';
import { failureState } from '../errors/failure-state';
import type { EventSink } from '../ports';
import { serviceById, serviceCatalog } from '../services/service-catalog';
import type { ServiceContext } from '../services/service-definition';
import type { SignInProfiles } from '../sign-in-profiles';
import { lastProblemOf } from '../diagnostics/last-problem';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import type { LastProblems } from '../store/last-problems';
import { tokensNotKept, type KeystorePolicy } from '../store/keystore-policy';
import { sharePointNotFound } from './connection-problems';
import type { AccountNames } from './account-names';
import type { DirectoryNames } from './directory-names';
import { AccountRoles } from '../permissions/account-roles';
import type { HeldRoles } from '../permissions/person-roles';
import { probedStatus } from './probed-status';
import { ServiceChecks } from './service-checks';
import { summaryOf } from './connection-summary';
import type { TokenBroker } from './token-broker';

export interface ServiceStatusesDeps {
  registry: ConnectionRegistry;
  /** Tells the renderer the accounts changed (one was marked as needing a new sign-in). */
  accounts: { publish(): void };
  names: AccountNames;
  /** Reads a connection's tenant and app names while its probe runs. */
  directoryNames: DirectoryNames;
  broker: TokenBroker;
  profiles: SignInProfiles;
  keystore: KeystorePolicy;
  consents: PendingConsents;
  /** What each connection last ran into, for the diagnostics report. */
  lastProblems: LastProblems;
  events: EventSink;
}

/** What a service is, when no probe is needed to tell; or the connection a probe would use. */
type Target = { status: ServiceStatus } | { account: AccountRecord; siteUrl?: string };

export class ServiceStatuses {
  private readonly checks: ServiceChecks;
  private closed = false;
  /** What a probe needs, with the people's directory roles it shares across panels. */
  private readonly probeDeps: ServiceStatusesDeps & { roles: AccountRoles };

  constructor(private readonly deps: ServiceStatusesDeps) {
    this.probeDeps = { ...deps, roles: new AccountRoles(deps.broker) };
    this.checks = new ServiceChecks((status) => {
      if (!this.closed) deps.events.emit('service.changed', status);
    });
  }

  /**
   * Every service's panel now, without waiting for the network: a connected service shows what
   * was last known with `checking`, and its check (started here unless one is under way)
   * answers through `service.changed`.
   */
  list(): ServicePanel[] {
    return serviceCatalog.map((service) => ({
      serviceId: service.id,
      label: service.label,
      description: service.description,
      accountNeed: service.accountNeed,
      appOnlySupported: service.appOnlySupported,
      ...(service.appOnlyNote ? { appOnlyNote: service.appOnlyNote } : {}),
      needsSiteUrl: service.needsSiteUrl,
      status: this.known(service.id),
    }));
  }

  /** "Refresh all": every service checked in parallel, about one round trip, not one per service. */
  refreshAll(): Promise<ServiceStatus[]> {
    return Promise.all(serviceCatalog.map((service) => this.refresh(service.id)));
  }

  /** Silent token (renewed when due) and a live probe, then published. Never throws. */
  refresh(serviceId: ServiceId): Promise<ServiceStatus> {
    return this.checks.run(serviceId, () => this.check(serviceId));
  }

  /** What the last check of the service told (its effective permissions, say), if any. */
  lastKnown(serviceId: ServiceId): ServiceStatus | undefined {
    return this.checks.lastTold(serviceId);
  }

  /** A person's directory roles, as the panels' effective views read them (kept per account). */
  async rolesOf(account: AccountRecord): Promise<HeldRoles> {
    return this.probeDeps.roles.ofAccount(account, await this.deps.broker.contextOf(account));
  }

  /** The core is closing: its checks still running are orphans, and change nothing any more. */
  close(): void {
    this.closed = true;
  }

  /**
   * The account signed in again: its other services that waited for that are checked again, so
   * none keeps saying "needs sign-in" once the sign-in is done.
   */
  recheckAfterSignIn(connectionId: string, signedInFor: ServiceId): void {
    for (const id of this.deps.registry.servicesUsing(connectionId)) {
      if (id !== signedInFor && this.checks.lastTold(id)?.state === 'needs-sign-in') {
        void this.refresh(id);
      }
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

  /** Tells the renderer, and hands the status back; a check of the service under way is overtaken. */
  publish(status: ServiceStatus): ServiceStatus {
    return this.checks.tellNow(status);
  }

  /** The panel's status without the network; a connected service's check starts here. */
  private known(serviceId: ServiceId): ServiceStatus {
    const target = this.target(serviceId);
    if ('status' in target) return target.status;
    if (!this.checks.isRunning(serviceId)) void this.refresh(serviceId);
    const last = this.checks.lastTold(serviceId);
    const base =
      last?.connectionId === target.account.id
        ? last
        : summaryOf(serviceId, target.account, this.deps.names);
    return { ...base, checking: true };
  }

  private target(serviceId: ServiceId): Target {
    const binding = this.deps.registry.binding(serviceId);
    const account = binding && this.deps.registry.account(binding.connectionId);
    if (!binding || !account) {
      const consent = this.deps.consents.get(serviceId);
      return {
        status: consent
          ? this.deps.consents.statusOf(serviceId, consent)
          : this.disconnected(serviceId),
      };
    }
    if (account.signInRequired) {
      const base = summaryOf(serviceId, account, this.deps.names);
      return { status: { ...base, state: 'needs-sign-in', problem: account.signInRequired } };
    }
    return { account, ...(binding.siteUrl ? { siteUrl: binding.siteUrl } : {}) };
  }

  /** What a silent token and a live probe say of the service now. Never throws. */
  private async check(serviceId: ServiceId): Promise<ServiceStatus> {
    const target = this.target(serviceId);
    if ('status' in target) return target.status;
    const { account, siteUrl } = target;
    let ctx: ServiceContext | undefined;
    try {
      ctx = await this.deps.broker.contextOf(account, siteUrl);
      return await probedStatus(this.probeDeps, serviceById(serviceId), account, ctx);
    } catch (error) {
      const failure = failureState(error);
      this.deps.lastProblems.noteConnection(
        account,
        lastProblemOf(error, failure.problem, new Date()),
      );
      // The site it tried stays on the panel, so the person can see what to change.
      const sharePoint = ctx?.sharePoint;
      if (sharePoint && failure.state === 'not-available') {
        failure.problem = sharePointNotFound(failure.problem, sharePoint);
      }
      // Without a keystore the tokens were never written: say that, not "expired"; and say it
      // of the account, which the Accounts section tells once, not on each of its panels.
      if (failure.state === 'needs-sign-in' && !(await this.deps.keystore.keepsTokens())) {
        failure.problem = tokensNotKept;
        if (this.deps.registry.account(account.id)?.signInRequired?.code !== tokensNotKept.code) {
          this.deps.registry.markSignInRequired(account.id, tokensNotKept);
          this.deps.accounts.publish();
        }
      }
      if (isDeadGrant(failure.problem.code) && !this.closed) {
        await this.forgetDeadSignIn(account, failure.problem);
      }
      // The account must sign in again (said here, or by a check of another of its services
      // that failed first): that is the reason, whatever this check ran into after it.
      const signInRequired = this.deps.registry.account(account.id)?.signInRequired;
      if (signInRequired) {
        return {
          ...summaryOf(serviceId, account, this.deps.names),
          state: 'needs-sign-in',
          problem: signInRequired,
        };
      }
      const missing =
        failure.state === 'consent-needed' && ctx
          ? serviceById(serviceId).delegatedScopes(ctx)
          : undefined;
      return {
        ...summaryOf(serviceId, account, this.deps.names),
        state: failure.state,
        problem: failure.problem,
        ...(sharePoint ? { sharePoint } : {}),
        ...(missing ? { missingPermissions: [...missing] } : {}),
      };
    }
  }

  /**
   * The token service refused the refresh token for good. MSAL drops it only in memory, and the
   * cache plugin would bring it back; remove the account's tokens for real and remember why.
   */
  private async forgetDeadSignIn(account: AccountRecord, reason: Problem): Promise<void> {
    await this.deps.broker.forget(account);
    this.deps.registry.markSignInRequired(account.id, reason);
    this.deps.accounts.publish();
  }
}
