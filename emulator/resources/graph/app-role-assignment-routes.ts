import { assignAppRole } from '../../directory/app-role-assignments.js';
import type { AppRoleAssignment } from '../../directory/app-role-assignments.js';
import { findAppRole } from '../../directory/resource-apis.js';
import { findServicePrincipal } from '../../directory/service-principals.js';
import type { ServicePrincipal } from '../../directory/service-principals.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import {
  addGraphRoute,
  badRequest,
  graphContext,
  notFound,
  readGraphBody,
  sendNoContent,
} from './graph-route.js';
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

/**
 * Registers `/servicePrincipals/{id}/appRoleAssignedTo` (application permissions granted on a
 * resource, which app-only tokens' `roles` are made of) and `/appRoleAssignments` (what a
 * client's service principal holds).
 */
export function addAppRoleAssignmentRoutes(router: Router, ctx: EmulatorContext): void {
  const assignedTo = '/servicePrincipals/:id/appRoleAssignedTo';
  const list = (fragment: string, keep: (a: AppRoleAssignment, spId: string) => boolean) =>
    addGraphRoute(
      router,
      ctx,
      'GET',
      `/servicePrincipals/:id/${fragment}`,
      readAssignments,
      (http) => {
        const sp = requireServicePrincipal(ctx, http.params.id ?? '');
        sendGraphJson(http, {
          '@odata.context': graphContext(ctx, `servicePrincipals('${sp.id}')/${fragment}`),
          value: ctx.directory.appRoleAssignments
            .filter((a) => keep(a, sp.id))
            .map((a) => assignmentJson(ctx, a)),
        });
      },
    );
  list('appRoleAssignedTo', (a, spId) => a.resourceId === spId);
  list('appRoleAssignments', (a, spId) => a.principalId === spId);

  addGraphRoute(router, ctx, 'POST', assignedTo, writeAssignments, async (http) => {
    const resource = requireServicePrincipal(ctx, http.params.id ?? '');
    const body = await readGraphBody(http);
    if (String(body.resourceId ?? '').toLowerCase() !== resource.id)
      throw badRequest(
        "Invalid value specified for property 'resourceId' of resource 'AppRoleAssignment'.",
      );
    const principal = findServicePrincipal(ctx, String(body.principalId ?? ''));
    if (principal?.kind !== 'application')
      throw badRequest(
        "Invalid value specified for property 'principalId' of resource 'AppRoleAssignment'.",
      );
    const role =
      resource.kind === 'resource'
        ? findAppRole(resource.api, String(body.appRoleId ?? ''))
        : undefined;
    if (!role || role.id !== String(body.appRoleId).toLowerCase())
      throw badRequest(
        `Permission being assigned was not found on application '${resource.appId}'.`,
      );
    const { assignment, created } = assignAppRole(
      ctx.directory.appRoleAssignments,
      principal.id,
      resource.id,
      role.id,
    );
    if (!created) throw badRequest('Permission being assigned already exists on the object');
    ctx.saveDirectory();
    sendGraphJson(
      http,
      {
        '@odata.context': graphContext(
          ctx,
          `servicePrincipals('${resource.id}')/appRoleAssignedTo/$entity`,
        ),
        ...assignmentJson(ctx, assignment),
      },
      201,
    );
  });

  addGraphRoute(router, ctx, 'DELETE', `${assignedTo}/:assignmentId`, writeAssignments, (http) => {
    const resource = requireServicePrincipal(ctx, http.params.id ?? '');
    const id = http.params.assignmentId ?? '';
    const before = ctx.directory.appRoleAssignments.length;
    ctx.directory.appRoleAssignments = ctx.directory.appRoleAssignments.filter(
      (a) => !(a.id === id && a.resourceId === resource.id),
    );
    if (ctx.directory.appRoleAssignments.length === before) throw notFound(id);
    ctx.saveDirectory();
    sendNoContent(http);
  });
}
