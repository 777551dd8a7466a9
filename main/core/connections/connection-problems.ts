/**
 * How a connection fails, in words: a service missing from the cloud, and a person whose own
 * role is short. (Which codes mean a dead refresh token is the error table's to say.)
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
