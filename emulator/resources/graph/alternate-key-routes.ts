import { servicePrincipalOfApp } from '../../directory/service-principals.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import {
  deleteApplication,
  patchApplication,
  readApplications,
  sendApplication,
  tenantAppByAppId,
  writeApplications,
} from './applications-routes.js';
import { GraphError, addGraphRoute, notFound } from './graph-route.js';
import { sendServicePrincipal } from './service-principals-routes.js';

const KEYED = /^(applications|servicePrincipals)\(appId='([^']*)'\)$/i;

/** The entity set and `appId` of a segment like `applications(appId='...')`. */
function parseKeyed(segment: string): { set: 'applications' | 'servicePrincipals'; appId: string } {
  const match = KEYED.exec(segment);
  if (!match?.[1] || match[2] === undefined)
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  const set = match[1].toLowerCase() === 'applications' ? 'applications' : 'servicePrincipals';
  return { set, appId: match[2] };
}

/**
 * Registers Graph's alternate keys: `GET/PATCH/DELETE /applications(appId='{appId}')` and
 * `GET /servicePrincipals(appId='{appId}')`, so clients need not look the object id up first.
 * Registered last: the single-segment template would otherwise shadow `/me`, `/users`, ...
 */
export function addAlternateKeyRoutes(router: Router, ctx: EmulatorContext): void {
  addGraphRoute(router, ctx, 'GET', '/:keyed', readApplications, (http) => {
    const { set, appId } = parseKeyed(http.params.keyed ?? '');
    if (set === 'applications') return sendApplication(http, ctx, tenantAppByAppId(ctx, appId));
    const sp = servicePrincipalOfApp(ctx, appId);
    if (!sp) throw notFound(appId);
    sendServicePrincipal(http, ctx, sp);
  });
  const applicationOnly = (segment: string) => {
    const { set, appId } = parseKeyed(segment);
    if (set !== 'applications')
      throw new GraphError(
        405,
        'Request_BadRequest',
        'The emulator only reads service principals.',
      );
    return tenantAppByAppId(ctx, appId);
  };
  addGraphRoute(router, ctx, 'PATCH', '/:keyed', writeApplications, (http) =>
    patchApplication(http, ctx, applicationOnly(http.params.keyed ?? '')),
  );
  addGraphRoute(router, ctx, 'DELETE', '/:keyed', writeApplications, (http) =>
    deleteApplication(http, ctx, applicationOnly(http.params.keyed ?? '')),
  );
}
