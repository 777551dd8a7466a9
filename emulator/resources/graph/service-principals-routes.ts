import { findApp } from '../../directory/app-registrations.js';
import {
  ensureServicePrincipal,
  findServicePrincipal,
  listServicePrincipals,
  servicePrincipalOfApp,
} from '../../directory/service-principals.js';
import type { ServicePrincipal } from '../../directory/service-principals.js';
import type { Tenant } from '../../directory/tenants.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { RequestContext, Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import { applySelect, selectParam } from '../odata-select.js';
import { readApplications, writeApplications } from './applications-routes.js';
import {
  GraphError,
  addGraphRoute,
  badRequest,
  graphContext,
  notFound,
  readGraphBody,
} from './graph-route.js';
import { parseFilter } from './odata-filter.js';
import { servicePrincipalJson } from './service-principal-json.js';

function homeTenant(ctx: EmulatorContext): Tenant {
  const tenant = ctx.directory.tenants[0];
  if (!tenant) throw new Error('Sandbox directory has no tenant');
  return tenant;
}

/** Finds a service principal by object id, or Graph's 404. */
export function requireServicePrincipal(ctx: EmulatorContext, id: string): ServicePrincipal {
  const sp = findServicePrincipal(ctx, id);
  if (!sp) throw notFound(id);
  return sp;
}

/** Answers `GET` for one service principal, honouring `$select`. */
export function sendServicePrincipal(
  http: RequestContext,
  ctx: EmulatorContext,
  sp: ServicePrincipal,
) {
  sendGraphJson(
    http,
    applySelect(
      {
        '@odata.context': graphContext(http, 'servicePrincipals/$entity'),
        ...servicePrincipalJson(sp, homeTenant(ctx)),
      },
      selectParam(http.url),
    ),
  );
}

/**
 * Registers Graph's `/servicePrincipals`: list (with `$filter`, `$select`), get, and create
 * for one of the tenant's apps. Microsoft's resources (Graph, SharePoint, ...) publish their
 * `oauth2PermissionScopes` and `appRoles`, which is how clients resolve permission ids.
 */
export function addServicePrincipalRoutes(router: Router, ctx: EmulatorContext): void {
  addGraphRoute(router, ctx, 'GET', '/servicePrincipals', readApplications, (http) => {
    const matches = parseFilter(http.url.searchParams.get('$filter'));
    const select = selectParam(http.url);
    const tenant = homeTenant(ctx);
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'servicePrincipals'),
      value: listServicePrincipals(ctx)
        .map((sp) => servicePrincipalJson(sp, tenant))
        .filter(matches)
        .map((sp) => applySelect(sp, select)),
    });
  });

  addGraphRoute(router, ctx, 'POST', '/servicePrincipals', writeApplications, async (http) => {
    const { appId } = await readGraphBody(http);
    if (typeof appId !== 'string' || !appId)
      throw badRequest("A value is required for property 'appId' of resource 'ServicePrincipal'.");
    if (servicePrincipalOfApp(ctx, appId))
      throw new GraphError(
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        'Another object with the same value for property servicePrincipalNames already exists.',
      );
    const app = findApp(ctx.directory.apps, appId);
    if (!app)
      throw badRequest(
        `The appId '${appId}' of the service principal does not reference a valid application object.`,
      );
    ensureServicePrincipal(ctx, app);
    const sp = servicePrincipalOfApp(ctx, appId);
    if (!sp) throw new Error('Service principal vanished after creation');
    sendGraphJson(
      http,
      {
        '@odata.context': graphContext(http, 'servicePrincipals/$entity'),
        ...servicePrincipalJson(sp, homeTenant(ctx)),
      },
      201,
    );
  });

  addGraphRoute(router, ctx, 'GET', '/servicePrincipals/:id', readApplications, (http) =>
    sendServicePrincipal(http, ctx, requireServicePrincipal(ctx, http.params.id ?? '')),
  );
}
