/**
 * One service checked for real: a silent token (renewed when due) for its resource, then its
 * live probe, with the directory's names for the connection read alongside when the token is
 * Graph's. Throws what the token or the probe ran into; `ServiceStatuses` turns that into a state.
 */
import type { ServiceStatus } from '../../../preload/contract';
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

type ProbeDeps = Pick<ServiceStatusesDeps, 'broker' | 'directoryNames' | 'registry' | 'names'>;

export async function probedStatus(
  deps: ProbeDeps,
  service: ServiceDefinition,
  account: AccountRecord,
  ctx: ServiceContext,
): Promise<ServiceStatus> {
  const resource = service.resource(ctx);
  if (!resource) throw notInCloud(service, ctx);
  const appOnly = account.kind === 'app-only';
  const result = await deps.broker.tokenFor(
    account,
    resource.audience,
    qualifiedScopes(service, ctx),
  );
  const details = tokenDetails(result);
  const http = await deps.broker.httpOf(account);
  const probeSpec = appOnly ? (service.appOnlyProbe ?? service.probe) : service.probe;
  const isGraph = resource.audience === ctx.cloud.resources.graph?.audience;
  const [probe] = await Promise.all([
    probeService(http, probeSpec, ctx, resource, result.accessToken),
    deps.directoryNames.learn(account, isGraph ? result : undefined),
  ]);
  // What the directory just said of its names is in this answer already.
  const named = deps.registry.account(account.id) ?? account;
  return {
    ...summaryOf(service.id, named, deps.names),
    scopes: [...details.scopes, ...details.roles],
    tokenDetails: details,
    ...(details.expiresAt ? { accessTokenExpiresAt: details.expiresAt } : {}),
    ...(ctx.sharePoint ? { sharePoint: ctx.sharePoint } : {}),
    probe,
    ...probeVerdict(
      service,
      ctx,
      { ...named, displayName: deps.names.whoOf(named) },
      details,
      probe,
    ),
  };
}
