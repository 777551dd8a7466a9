import { assignAppRole } from '../../directory/app-role-assignments.js';
import type { AppRoleAssignment } from '../../directory/app-role-assignments.js';
import { findAppRole, microsoftGraph } from '../../directory/resource-apis.js';
import { findServicePrincipal } from '../../directory/service-principals.js';
import { mayGrantGraphAppRoles } from '../../directory/users.js';
import type { ServicePrincipal } from '../../directory/service-principals.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import {
  addGraphRoute,
  badRequest,
  GraphError,
  graphContext,
  notFound,
  readGraphBody,
  sendNoContent,
} from './graph-route.js';
import type { BearerCaller } from '../bearer-guard.js';
import type { GraphAccess } from './graph-route.js';
import { requireServicePrincipal } from './service-principals-routes.js';

const readAssignments: GraphAccess = {
  scopes: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    'AppRoleAssignment.ReadWrite.All',
    'Directory.Read.All',
    'Directory.AccessAsUser.All',
  ],
  roles: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    'AppRoleAssignment.ReadWrite.All',
    'Directory.Read.All',
  ],
};

const writeAssignments: GraphAccess = {
  scopes: ['AppRoleAssignment.ReadWrite.All', 'Directory.AccessAsUser.All'],
  roles: ['AppRoleAssignment.ReadWrite.All'],
  adminOnly: true,
};

function displayName(sp: ServicePrincipal | undefined): string | null {
  if (!sp) return null;
  return sp.kind === 'resource' ? sp.api.displayName : sp.app.displayName;
}

/** An assignment in Graph v1.0's `appRoleAssignment` shape. */
function assignmentJson(ctx: EmulatorContext, a: AppRoleAssignment) {
  return {
    id: a.id,
    deletedDateTime: null,
    appRoleId: a.appRoleId,
    createdDateTime: a.createdDateTime,
    principalDisplayName: displayName(findServicePrincipal(ctx, a.principalId)),
    principalId: a.principalId,
    principalType: 'ServicePrincipal',
    resourceDisplayName: displayName(findServicePrincipal(ctx, a.resourceId)),
    resourceId: a.resourceId,
  };
}

/** The two sides of an assignment a route can be mounted on. */
type Side = 'resourceId' | 'principalId';

const invalid = (property: string) =>
  badRequest(`Invalid value specified for property '${property}' of resource 'AppRoleAssignment'.`);

/** Validates a POSTed assignment; the path's service principal must be its `side`. */
function assignmentOf(
  ctx: EmulatorContext,
  pathId: string,
  side: Side,
  body: Record<string, unknown>,
) {
  const onPath = requireServicePrincipal(ctx, pathId);
  if (String(body[side] ?? '').toLowerCase() !== onPath.id) throw invalid(side);
  const principal = findServicePrincipal(ctx, String(body.principalId ?? ''));
  if (principal?.kind !== 'application') throw invalid('principalId');
  const resource = findServicePrincipal(ctx, String(body.resourceId ?? ''));
  if (!resource) throw invalid('resourceId');
  const appRoleId = String(body.appRoleId ?? '').toLowerCase();
  const role = resource.kind === 'resource' ? findAppRole(resource.api, appRoleId) : undefined;
  if (role?.id !== appRoleId)
    throw badRequest(`Permission being assigned was not found on application '${resource.appId}'.`);
  return { principal, resource, appRoleId };
}

/**
 * A person who is only a Cloud Application or Application Administrator may grant every API's
 * app roles but Microsoft Graph's (see `mayGrantGraphAppRoles`); Graph refuses those as any
 * missing privilege. App-only callers passed on their own `AppRoleAssignment.ReadWrite.All`.
 */
function requireGraphRoleGrantor(caller: BearerCaller, resource: ServicePrincipal): void {
  if (caller.claims.idtyp === 'app' || resource.appId !== microsoftGraph.appId) return;
  if (caller.user && mayGrantGraphAppRoles(caller.user)) return;
  throw new GraphError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}

/**
 * Registers both ends of application permissions: `/servicePrincipals/{resource}/appRoleAssignedTo`
 * (as `m365 setup` grants them) and `/servicePrincipals/{client}/appRoleAssignments`, each with
 * GET, POST and DELETE `/{assignmentId}`. App-only tokens' `roles` are made of these.
 */
export function addAppRoleAssignmentRoutes(router: Router, ctx: EmulatorContext): void {
  const mount = (fragment: string, side: Side) => {
    const path = `/servicePrincipals/:id/${fragment}`;
    addGraphRoute(router, ctx, 'GET', path, readAssignments, (http) => {
      const sp = requireServicePrincipal(ctx, http.params.id ?? '');
      sendGraphJson(http, {
        '@odata.context': graphContext(http, `servicePrincipals('${sp.id}')/${fragment}`),
        value: ctx.directory.appRoleAssignments
          .filter((a) => a[side] === sp.id)
          .map((a) => assignmentJson(ctx, a)),
      });
    });

    addGraphRoute(router, ctx, 'POST', path, writeAssignments, async (http, caller) => {
      const wanted = assignmentOf(ctx, http.params.id ?? '', side, await readGraphBody(http));
      requireGraphRoleGrantor(caller, wanted.resource);
      const { assignment, created } = assignAppRole(
        ctx.directory.appRoleAssignments,
        wanted.principal.id,
        wanted.resource.id,
        wanted.appRoleId,
      );
      if (!created) throw badRequest('Permission being assigned already exists on the object');
      ctx.saveDirectory();
      const context = `servicePrincipals('${http.params.id ?? ''}')/${fragment}/$entity`;
      sendGraphJson(
        http,
        { '@odata.context': graphContext(http, context), ...assignmentJson(ctx, assignment) },
        201,
      );
    });

    addGraphRoute(router, ctx, 'DELETE', `${path}/:assignmentId`, writeAssignments, (http) => {
      const sp = requireServicePrincipal(ctx, http.params.id ?? '');
      const id = http.params.assignmentId ?? '';
      const before = ctx.directory.appRoleAssignments.length;
      ctx.directory.appRoleAssignments = ctx.directory.appRoleAssignments.filter(
        (a) => !(a.id === id && a[side] === sp.id),
      );
      if (ctx.directory.appRoleAssignments.length === before) throw notFound(id);
      ctx.saveDirectory();
      sendNoContent(http);
    });
  };
  mount('appRoleAssignedTo', 'resourceId');
  mount('appRoleAssignments', 'principalId');
}
