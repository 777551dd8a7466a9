/**
 * How a connection fails, in words: a service missing from the cloud, a SharePoint host the
 * tenant does not have, a service that refuses the signed-in person (their own role is short)
 * and a probe that got no good answer. (Which codes mean a dead refresh token is the error
 * table's to say.)
 */
import type {
  ProbeResult,
  Problem,
  SharePointTarget,
  TokenDetails,
} from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import type { ServiceContext, ServiceDefinition } from '../services/service-definition';
import type { AccountRecord } from '../store/connection-registry';

export const notInCloud = (service: ServiceDefinition, ctx: ServiceContext) =>
  new ProblemError({
    code: 'service_not_in_cloud',
    message: `${service.label} is not available in ${ctx.cloud.label}.`,
  });

/** AADSTS500011 for a SharePoint host: say which URL was tried, and the two ways out. */
export const sharePointNotFound = (problem: Problem, target: SharePointTarget): Problem => ({
  ...problem,
  message: `This tenant has no SharePoint at ${target.siteUrl}.`,
  hint:
    'The host name may be wrong (a tenant’s own is https://<tenant>.sharepoint.com), or SharePoint ' +
    'may not be licensed in this tenant. Change the URL, or remove this connection.',
});

const list = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The service answered 403 although the sign-in worked. For a person, delegated access is the
 * app's permission intersected with their own role, so say what works (the sign-in, the
 * permission in the token) and what does not (the role), in the service's own terms.
 */
export function refused(
  service: ServiceDefinition,
  ctx: ServiceContext,
  account: AccountRecord,
  token: TokenDetails,
): Problem {
  if (account.kind === 'app-only') {
    return {
      code: 'app_refused',
      message: `The app is signed in, but ${service.label} refused it.`,
      hint:
        `Its token carries ${token.roles.length ? list(token.roles) : 'no application permission'}. ` +
        'Check the app’s application permissions and their admin consent in Entra ID (App registrations → API permissions).',
    };
  }
  const name = account.displayName;
  const carried = service.delegatedScopes(ctx).filter((scope) => token.scopes.includes(scope));
  const works = carried.length
    ? `The sign-in and the token (with ${list(carried)}) work`
    : 'The sign-in works';
  const refusal = service.refusal?.(ctx);
  if (!refusal) {
    return {
      code: 'insufficient_user_rights',
      message: `${name} is signed in, but ${service.label} refused the request.`,
      hint:
        `${works}; delegated access is limited to what ${name} may do, and that is not enough here. ` +
        'Use another account with an admin role for this service, or ask an administrator for one.',
    };
  }
  return {
    code: 'insufficient_user_rights',
    message: `${name} is signed in, but may not ${refusal.action}.`,
    hint:
      `${works}; ${name}’s role does not allow this. It needs ${refusal.roles}: use another ` +
      `account that has it, or ask ${refusal.ask ?? 'an administrator'} to give it to ${name}.`,
  };
}

/**
 * Any other failed probe: the connection is not healthy, whatever its token says. A 401 comes
 * here only once a renewed token was refused too (see probed-status.ts).
 */
export const probeFailed = (service: ServiceDefinition, probe: ProbeResult): Problem =>
  probe.status === 401
    ? {
        code: 'probe_token_refused',
        message: `${service.label} refused the token, even one renewed just now.`,
        hint: 'A fresh token that looks expired to the service often means the computer’s clock is off: set the date and time to be set automatically, then Refresh. If it is still refused, sign in again.',
      }
    : {
        code: 'probe_failed',
        message: `${service.label} did not answer the check.`,
        hint: 'The sign-in is fine. Refresh to check again; if it keeps failing, the service may be down or throttling requests.',
      };

/**
 * What a live probe's answer makes of a connection whose token came back: connected only when
 * the service answered; refused, the person's (or app's) access; anything else, an error.
 */
export function probeVerdict(
  service: ServiceDefinition,
  ctx: ServiceContext,
  account: AccountRecord,
  token: TokenDetails,
  probe: ProbeResult,
  /** What the probe itself made of a failure (no answer, throttled, down), if it did. */
  trouble?: Problem,
): { state: 'connected' | 'access-denied' | 'error'; problem?: Problem } {
  if (probe.ok) return { state: 'connected' };
  if (probe.status === 403) {
    return { state: 'access-denied', problem: refused(service, ctx, account, token) };
  }
  return { state: 'error', problem: trouble ?? probeFailed(service, probe) };
}
