/**
 * How a connection fails, in words: a service missing from the cloud, a person whose own role
 * is short, and the token service's codes that mean a refresh token is dead for good.
 */
import { ProblemError } from '../errors/to-problem';
import type { ServiceContext, ServiceDefinition } from '../services/service-definition';
import type { AccountRecord } from '../store/connection-registry';

export const notInCloud = (service: ServiceDefinition, ctx: ServiceContext) =>
  new ProblemError({
    code: 'service_not_in_cloud',
    message: `${service.label} is not available in ${ctx.cloud.label}.`,
  });

/** The token carries the permission, yet the service says no: the person's own role is short. */
export const forbidden = (service: ServiceDefinition, account: AccountRecord) => ({
  code: 'insufficient_user_rights',
  message: `${account.displayName} is signed in, but ${service.label} refused the request.`,
  hint:
    'The app holds the permission, but delegated access is limited to what the signed-in person may do ' +
    'themselves. Sign in with an account that has the right admin role for this service.',
});

/** Codes that mean the refresh token itself is dead (expired, revoked, or otherwise refused). */
const DEAD_GRANT = new Set([
  'AADSTS50173',
  'AADSTS700082',
  'AADSTS70000',
  'AADSTS50133',
  'invalid_grant',
]);
export const isDeadGrant = (code: string) => DEAD_GRANT.has(code);
