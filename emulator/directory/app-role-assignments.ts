import { randomBytes } from 'node:crypto';
import type { AppRegistration } from './app-registrations.js';
import type { ResourceApi } from './resource-apis.js';
import { stableGuid } from './stable-ids.js';

/**
 * An application permission granted to a client's service principal on a resource's service
 * principal, as Graph's `appRoleAssignment` (`POST /servicePrincipals/{id}/appRoleAssignedTo`).
 * These are what app-only tokens' `roles` are made of.
 */
export interface AppRoleAssignment {
  id: string;
  /** Object id of the client's service principal. */
  principalId: string;
  /** Object id of the resource's service principal. */
  resourceId: string;
  appRoleId: string;
  createdDateTime: string;
}

/** Object id of a Microsoft resource's (or first-party client's) service principal in a tenant. */
export function microsoftServicePrincipalId(tenantId: string, appId: string): string {
  return stableGuid(tenantId, 'servicePrincipal', appId.toLowerCase());
}

/**
 * Assigns an app role, or returns the existing assignment of the same role (Graph refuses
 * duplicates; callers decide how to word that).
 */
export function assignAppRole(
  assignments: AppRoleAssignment[],
  principalId: string,
  resourceId: string,
  appRoleId: string,
): { assignment: AppRoleAssignment; created: boolean } {
  const existing = assignments.find(
    (a) =>
      a.principalId === principalId &&
      a.resourceId === resourceId &&
      a.appRoleId.toLowerCase() === appRoleId.toLowerCase(),
  );
  if (existing) return { assignment: existing, created: false };
  const assignment: AppRoleAssignment = {
    // Graph's assignment ids are 43-character base64url strings.
    id: randomBytes(32).toString('base64url').slice(0, 43),
    principalId,
    resourceId,
    appRoleId: appRoleId.toLowerCase(),
    createdDateTime: new Date().toISOString(),
  };
  assignments.push(assignment);
  return { assignment, created: true };
}

/** The app roles (values) the app's service principal holds on a resource: its token's `roles`. */
export function appRolesHeld(
  assignments: readonly AppRoleAssignment[],
  app: AppRegistration,
  resource: ResourceApi,
): string[] {
  if (!app.servicePrincipalId) return [];
  const resourceId = microsoftServicePrincipalId(app.tenantId, resource.appId);
  const held = new Set(
    assignments
      .filter((a) => a.principalId === app.servicePrincipalId && a.resourceId === resourceId)
      .map((a) => a.appRoleId),
  );
  return resource.appRoles.filter((r) => held.has(r.id)).map((r) => r.value);
}
