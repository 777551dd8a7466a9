/**
 * The consent walkthrough for a panel in `consent-needed`: which delegated permissions are
 * missing (with their meaning), whether only an admin can grant them, the admin consent link,
 * and granting it in the sign-in window as an administrator, after which the service is
 * checked again. Consent stays per service: only what this service asks for is requested.
 */
import { randomUUID } from 'node:crypto';
import type {
  ServiceStatus,
  ConsentNeed,
  PermissionInfo,
  Problem,
  ServiceId,
} from '../../../preload/contract';
import { findPermission } from '../app-setup/permission-meanings';
import { resourceOfScope } from '../app-setup/resource-apps';
import type { CloudEndpoints } from '../cloud-catalog';
import type { ServiceBindings } from '../connections/service-bindings';
import type { ServiceStatuses } from '../connections/service-statuses';
import { ProblemError, toProblem } from '../errors/to-problem';
import type { InteractiveSignIns } from '../flows/interactive-sign-ins';
import { serviceById } from '../services/service-catalog';
import { qualifiedScopes } from '../services/service-definition';
import type { SignInProfiles } from '../sign-in-profiles';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { TokenBroker } from '../connections/token-broker';
import { adminConsentUrl, readAdminConsentAnswer } from './admin-consent-url';
import { shortScope, type PendingConsents } from './pending-consents';

export interface ConsentWalkthroughDeps {
  registry: ConnectionRegistry;
  broker: TokenBroker;
  profiles: SignInProfiles;
  statuses: ServiceStatuses;
  bindings: ServiceBindings;
  consents: PendingConsents;
  interactive: InteractiveSignIns;
}

/** Who asks for what: the app, its tenant, and the service's scopes with their resource. */
interface ConsentTarget {
  serviceId: ServiceId;
  cloud: CloudEndpoints;
  clientId: string;
  tenantId: string;
  scopes: string[];
  problem: Problem | undefined;
  /** A saved connection that only lacks consent (else a first sign-in that failed for it). */
  bound: boolean;
}

export class ConsentWalkthrough {
  constructor(private readonly deps: ConsentWalkthroughDeps) {}

  async need(serviceId: ServiceId): Promise<ConsentNeed> {
    const target = await this.targetOf(serviceId);
    const missing = target.scopes.map((scope) => permissionOf(scope, target));
    return {
      serviceId,
      clientId: target.clientId,
      tenantId: target.tenantId,
      missing,
      adminRequired:
        target.problem?.code === 'AADSTS90094' || missing.some((p) => p.adminConsentRequired),
      adminConsentUrl: adminConsentUrl(
        target.cloud,
        target.tenantId,
        target.clientId,
        target.scopes,
      ),
      recheck: target.bound ? 'refresh' : 'sign-in',
    };
  }

  /**
   * Opens the admin consent page in the sign-in window and waits for the answer. Granted: the
   * service is checked again (a connection that lacked only consent connects now). Declined:
   * `granted: false`. Anything else (not an admin, the app unknown) is the problem it was.
   */
  async grantAsAdmin(serviceId: ServiceId): Promise<{ granted: boolean; status: ServiceStatus }> {
    const target = await this.targetOf(serviceId);
    const state = randomUUID();
    const url = adminConsentUrl(
      target.cloud,
      target.tenantId,
      target.clientId,
      target.scopes,
      state,
    );
    const redirectedTo = await this.deps.interactive.showPage(serviceId, url, target.cloud);
    const answer = readAdminConsentAnswer(redirectedTo, state);
    if (!answer) {
      throw new ProblemError({
        code: 'state_mismatch',
        message: 'The consent answer did not belong to this request, so it was ignored.',
        hint: 'Open the consent page again.',
      });
    }
    if (!answer.granted) {
      const problem = toProblem({ errorCode: answer.error, errorMessage: answer.description });
      if (problem.code !== 'AADSTS65004' && problem.code !== 'access_denied')
        throw new ProblemError(notGrantedBy(problem));
      return { granted: false, status: await this.deps.statuses.refresh(serviceId) };
    }
    const status = target.bound
      ? await this.deps.statuses.refresh(serviceId)
      : this.deps.bindings.consentGranted(serviceId);
    return { granted: true, status };
  }

  private async targetOf(serviceId: ServiceId): Promise<ConsentTarget> {
    const service = serviceById(serviceId);
    const status = await this.deps.statuses.refresh(serviceId);
    if (status.state !== 'consent-needed') throw noConsentNeeded(service.label);
    const binding = this.deps.registry.binding(serviceId);
    const account = binding && this.deps.registry.account(binding.connectionId);
    if (binding && account) {
      const ctx = await this.deps.broker.contextOf(account, binding.siteUrl);
      return {
        serviceId,
        cloud: ctx.cloud,
        clientId: account.clientId,
        tenantId: account.tenantId,
        scopes: qualifiedScopes(service, ctx),
        problem: status.problem,
        bound: true,
      };
    }
    const failure = this.deps.consents.get(serviceId);
    if (!failure) throw noConsentNeeded(service.label);
    return {
      serviceId,
      cloud: await this.deps.profiles.endpoints(failure.cloud),
      clientId: failure.clientId,
      tenantId: failure.tenant,
      scopes: failure.scopes,
      problem: failure.problem,
      bound: false,
    };
  }
}

/** A scope as the walkthrough explains it, from the setup catalog where it is described there. */
function permissionOf(scope: string, target: ConsentTarget): PermissionInfo {
  const value = shortScope(scope);
  const resource = resourceOfScope(scope, target.cloud);
  const known = resource && findPermission(resource.key, 'delegated', value);
  if (known) {
    const { resource: _resource, ...info } = known;
    return info;
  }
  return {
    value,
    type: 'delegated',
    meaning: `Needed by ${serviceById(target.serviceId).label}`,
    adminConsentRequired: false,
  };
}

const noConsentNeeded = (label: string) =>
  new ProblemError({
    code: 'no_consent_needed',
    message: `${label} does not need consent right now.`,
  });

/** The admin consent page refused: most often the account that signed in there is no admin. */
function notGrantedBy(problem: Problem): Problem {
  if (problem.code !== 'AADSTS90094') return problem;
  return {
    code: 'AADSTS90094',
    message:
      'The account that signed in on the consent page cannot grant consent for the whole organisation.',
    hint: 'Sign in there as a Global, Privileged Role, Cloud Application or Application Administrator, or send the admin consent link to one.',
  };
}
