/**
 * Tenant-wide admin consent through Graph, as the portal's "Grant admin consent" button does:
 * one AllPrincipals grant per resource for the delegated permissions (extended when one exists)
 * and one app role assignment per application permission.
 */
import type { GraphDirectory } from './graph-directory';
import { missingConsent, tenantWideGrant, type ResolvedNeed } from './required-access';

export interface ConsentGranted {
  delegated: number;
  application: number;
}

/** Grants what is not granted yet; `clientSpId` is the app's service principal. */
export async function grantTenantWideConsent(
  graph: GraphDirectory,
  clientSpId: string,
  needs: readonly ResolvedNeed[],
  parts: { delegated: boolean; application: boolean } = { delegated: true, application: true },
): Promise<ConsentGranted> {
  const [grants, assignments] = await Promise.all([
    graph.permissionGrants(clientSpId),
    graph.appRoleAssignments(clientSpId),
  ]);
  const missing = missingConsent(needs, grants, assignments);
  const granted: ConsentGranted = { delegated: 0, application: 0 };
  for (const gap of missing) {
    const need = needs.find((n) => n.resource.appId === gap.resource.appId)!;
    if (parts.delegated && gap.scopes.length > 0) {
      const existing = tenantWideGrant(grants, need);
      if (existing) {
        const scopes = [...existing.scope.split(/\s+/).filter(Boolean), ...gap.scopes];
        await graph.updatePermissionGrant(existing.id, scopes.join(' '));
      } else {
        await graph.createPermissionGrant({
          clientId: clientSpId,
          consentType: 'AllPrincipals',
          principalId: null,
          resourceId: need.servicePrincipalId,
          scope: gap.scopes.join(' '),
        });
      }
      granted.delegated += gap.scopes.length;
    }
    if (parts.application) {
      for (const role of gap.roles) {
        await graph.assignAppRole(need.servicePrincipalId, clientSpId, need.roleIds.get(role)!);
        granted.application += 1;
      }
    }
  }
  return granted;
}
