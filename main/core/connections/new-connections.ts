/**
 * New sign-ins, each of which becomes (or refreshes) a named connection bound to the service
 * it was made for: by device code, in the sign-in window or system browser, or app-only.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { InteractiveMethodId, ServiceStatus, SignInTarget } from '../../../preload/contract';
import type { StoredCredential } from '../app-only/app-only-clients';
import {
  checkAppOnlyRequest,
  checkAppOnlyUse,
  type AppOnlyRequest,
} from '../app-only/app-only-request';
import type { PendingConsents } from '../consent/pending-consents';
import { assignmentFactsIn, type AccessRequests } from '../errors/access-request';
import { namingTheApp } from '../errors/app-registration-problem';
import { ProblemError, toProblem } from '../errors/to-problem';
import { isConsentFailure } from '../errors/failure-state';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { InteractiveSignIns } from '../flows/interactive-sign-ins';
import { cancelledProblem } from '../flows/pending-sign-ins';
import type { ServerErrorBody } from '../msal/msal-network-client';
import type { PooledClient, SignInProfile } from '../msal/public-client-pool';
import { serverErrorOf, signInProblem } from '../msal/sign-in-problem';
import { serviceById } from '../services/service-catalog';
import { SITE_DISCOVERY_SCOPE } from '../sharepoint/sharepoint-target';
import type { SignInProfiles } from '../sign-in-profiles';
import type { AccountDirectory } from './account-directory';
import type { ServiceBindings } from './service-bindings';
import type { ServiceStatuses } from './service-statuses';
import { graphScopes, scopesOrRefuse } from './sign-in-scopes';
import { contextFor, type TokenBroker } from './token-broker';
import type { SignedInWith } from '../store/connection-registry';
import type { LastProblems, SignInAttempt } from '../store/last-problems';
import { lastProblemOf } from '../diagnostics/last-problem';
import type { Problem } from '../../../preload/contract';

export interface NewConnectionsDeps {
  profiles: SignInProfiles;
  broker: TokenBroker;
  deviceCode: DeviceCodeFlows;
  interactive: InteractiveSignIns;
  accounts: AccountDirectory;
  consents: PendingConsents;
  /** What a sign-in refused for want of an assignment (AADSTS50105) knew, for the request. */
  accessRequests: AccessRequests;
  statuses: ServiceStatuses;
  bindings: ServiceBindings;
  /** Where a new sign-in that failed is kept for the diagnostics report. */
  lastProblems: LastProblems;
}

export class NewConnections {
  constructor(private readonly deps: NewConnectionsDeps) {}

  /** A new sign-in by device code; it becomes (or refreshes) a named connection. */
  withDeviceCode(target: SignInTarget): Promise<ServiceStatus> {
    return this.delegated(target, 'device-code', ({ pca }, scopes, profile) =>
      this.deps.deviceCode.run(target.serviceId, pca, scopes, profile.cloud.authorityHost),
    );
  }

  /** A new sign-in in the in-app window or the system browser (authorization code + PKCE). */
  interactive(target: SignInTarget & { method: InteractiveMethodId }): Promise<ServiceStatus> {
    return this.delegated(target, target.method, ({ pca }, scopes, profile) =>
      this.deps.interactive.run(target.method, target.serviceId, pca, profile.cloud, scopes),
    );
  }

  /** App-only: the app signs in as itself; its credential is checked first and then kept encrypted. */
  async appOnly(request: AppOnlyRequest): Promise<ServiceStatus> {
    const service = serviceById(request.serviceId);
    const cloud = await this.deps.profiles.endpoints(request.cloud);
    const credential = checkAppOnlyRequest(
      service,
      request,
      contextFor(cloud, request.tenant, request.siteUrl),
    );
    return this.appOnlyWith(request, credential);
  }

  /** App-only with a credential M365 Desk already holds (one it made itself, say). */
  async appOnlyWith(
    request: Omit<AppOnlyRequest, 'credential'>,
    credential: StoredCredential,
  ): Promise<ServiceStatus> {
    const service = serviceById(request.serviceId);
    const cloud = await this.deps.profiles.endpoints(request.cloud);
    const ctx = contextFor(cloud, request.tenant, request.siteUrl);
    checkAppOnlyUse(service, ctx, credential.kind);
    const resource = service.resource(ctx)!;
    const { clientId, tenant } = request;
    // Named field by field: the request may still hold the credential, which is never kept.
    const method = credential.kind;
    const attempt = { serviceId: service.id, cloud: request.cloud, clientId, tenant, method };
    let account;
    try {
      const result = await this.deps.broker.appOnly.token(
        { cloud, tenant, clientId },
        credential,
        resource.audience,
      );
      account = await this.deps.accounts.saveAppOnly(
        request.cloud,
        clientId,
        result,
        credential,
        tenant,
      );
    } catch (error) {
      throw this.failed(attempt, error, toProblem(error));
    }
    this.deps.lastProblems.signedIn(attempt);
    return this.deps.bindings.bind(service.id, account, ctx.sharePoint);
  }

  /**
   * Every delegated sign-in: pick the app and scopes, let `acquire` get the person's token,
   * save the connection (replacing the one being signed in again) and bind the service.
   */
  private async delegated(
    target: SignInTarget,
    method: SignedInWith,
    acquire: (
      client: PooledClient,
      scopes: string[],
      profile: SignInProfile,
    ) => Promise<AuthenticationResult>,
  ): Promise<ServiceStatus> {
    const { serviceId, cloud, siteUrl } = target;
    const { accounts, bindings, consents, statuses } = this.deps;
    const service = serviceById(serviceId);
    const profile = await this.deps.profiles.forNewSignIn(cloud, target.app);
    const ctx = contextFor(profile.cloud, profile.tenant, siteUrl);
    const { sharePoint } = ctx;
    // SharePoint without a URL: sign in for Graph first and discover the root site through it.
    const discover = service.needsSiteUrl && !sharePoint;
    const scopes = discover
      ? graphScopes(ctx, [SITE_DISCOVERY_SCOPE])
      : scopesOrRefuse(service, ctx);
    statuses.publish({
      serviceId,
      cloud,
      state: 'connecting',
      clientId: profile.clientId,
      scopes: [],
    });
    const client = this.deps.broker.clientFor(profile);
    const attempt = {
      serviceId,
      cloud,
      clientId: profile.clientId,
      tenant: profile.tenant,
      method,
    };
    let signedIn = false;
    try {
      const result = await acquire(client, scopes, profile);
      const saved = await accounts.save(profile, result, method);
      this.deps.lastProblems.signedIn(attempt);
      signedIn = true;
      let { account } = saved;
      if (target.replacesConnectionId) {
        account = await accounts.replace(target.replacesConnectionId, account);
      }
      const status = await bindings.bindAndProbe(
        service,
        account,
        sharePoint,
        discover ? result : undefined,
      );
      statuses.recheckAfterSignIn(account.id, serviceId);
      this.deps.accessRequests.forget(serviceId);
      return status;
    } catch (error) {
      const problem = signInProblem(error, client);
      if (!signedIn) this.failed(attempt, error, problem, serverErrorOf(error, client));
      if (isConsentFailure(problem, error)) {
        consents.record(serviceId, {
          cloud,
          clientId: profile.clientId,
          tenant: profile.tenant,
          ...(sharePoint ? { siteUrl: sharePoint.siteUrl } : {}),
          scopes,
          problem,
        });
      }
      if (problem.remedy === 'ask-for-assignment') {
        const named = assignmentFactsIn(error, serverErrorOf(error, client));
        const { clientId, tenant } = profile;
        this.deps.accessRequests.record(serviceId, { clientId, tenant, ...named });
      }
      await statuses.refresh(serviceId); // back to what it was (or consent-needed); the caller shows why
      throw new ProblemError(namingTheApp(problem, profile.clientId));
    }
  }

  /**
   * Keeps what the new sign-in ran into for the diagnostics report, and hands the error back.
   * A sign-in the person cancelled is not a problem, and leaves the last one as it was.
   */
  private failed<E>(
    attempt: SignInAttempt,
    error: E,
    problem: Problem,
    serverError?: ServerErrorBody,
  ): E {
    if (problem.code !== cancelledProblem.code) {
      const last = lastProblemOf(error, problem, new Date(), serverError);
      this.deps.lastProblems.noteFailedSignIn(attempt, last);
    }
    return error;
  }
}
