/**
 * One service checked for real: a silent token (renewed when due) for its resource, then its
 * live probe, with the directory's names for the connection read alongside when the token is
 * Graph's, and the person's directory roles (account-roles.ts); a token the service refuses is
 * renewed once. Throws what the token request ran into; `ServiceStatuses` turns that into a
 * state.
 */
import type { ServiceStatus } from '../../../preload/contract';
import type { AccountRoles } from '../permissions/account-roles';
import { effectiveOfToken } from '../permissions/effective-permissions';
import { probeService } from '../services/service-probe';
import {
  qualifiedScopes,
  type ServiceContext,
  type ServiceDefinition,
} from '../services/service-definition';
import type { AccountRecord } from '../store/connection-registry';
import { notInCloud, probeVerdict } from './connection-problems';
import { summaryOf } from './connection-summary';
import type { ServiceStatusesDeps } from './service-statuses';
import { tokenDetails } from './token-facts';

type ProbeDeps = Pick<ServiceStatusesDeps, 'broker' | 'directoryNames' | 'registry' | 'names'> & {
  /** The person's directory roles, for the effective view (read once per account). */
  roles: AccountRoles;
};

export async function probedStatus(
  deps: ProbeDeps,
  service: ServiceDefinition,
  account: AccountRecord,
  ctx: ServiceContext,
): Promise<ServiceStatus> {
  const resource = service.resource(ctx);
  if (!resource) throw notInCloud(service, ctx);
  const appOnly = account.kind === 'app-only';
  const scopes = qualifiedScopes(service, ctx);
  let result = await deps.broker.tokenFor(account, resource.audience, scopes);
  const http = await deps.broker.httpOf(account);
  const probeSpec = appOnly ? (service.appOnlyProbe ?? service.probe) : service.probe;
  const probeWith = (token: string) =>
    probeService(http, { label: service.label, probe: probeSpec }, ctx, resource, token);
  const isGraph = resource.audience === ctx.cloud.resources.graph?.audience;
  const [first, , held] = await Promise.all([
    probeWith(result.accessToken),
    deps.directoryNames.learn(account, isGraph ? result : undefined),
    appOnly ? undefined : deps.roles.of(account, result, ctx, isGraph),
  ]);
  let outcome = first;
  // The service calls a token MSAL thinks valid expired (its clock runs ahead, say): renewed
  // once and tried once more; refused again, it is said, never renewed in a loop.
  if (outcome.result.status === 401) {
    result = await deps.broker.tokenFor(account, resource.audience, scopes, { renew: true });
    outcome = await probeWith(result.accessToken);
  }
  const { result: probe, trouble } = outcome;
  const details = tokenDetails(result);
  // What the directory just said of its names is in this answer already.
  const named = deps.registry.account(account.id) ?? account;
  return {
    ...summaryOf(service.id, named, deps.names),
    scopes: [...details.scopes, ...details.roles],
    tokenDetails: details,
    ...(details.expiresAt ? { accessTokenExpiresAt: details.expiresAt } : {}),
    ...(ctx.sharePoint ? { sharePoint: ctx.sharePoint } : {}),
    effective: effectiveOfToken(details, held ?? { templateIds: [], from: 'token' }),
    probe,
    ...probeVerdict(
      service,
      ctx,
      { ...named, displayName: deps.names.whoOf(named) },
      details,
      probe,
      trouble,
    ),
  };
}
