/**
 * What an app registration must hold for the person's choices, per resource: permission names
 * resolved to ids from each resource's service principal (as `m365 setup` does), and compared
 * with what an app asks for (`requiredResourceAccess`) and what it was granted.
 */
import type { ServiceChoice } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import type {
  AppRoleAssignment,
  GraphDirectory,
  PermissionGrant,
  RequiredResourceAccess,
} from './graph-directory';
import { permissionsForChoice } from './permission-catalog';
import { resourceApps, type ResourceApp } from './resource-apps';

/** Permissions by name on one resource: delegated `scopes` and application `roles`. */
export interface ResourceNeed {
  resource: ResourceApp;
  scopes: string[];
  roles: string[];
}

/** A need with the resource's service principal and each permission's id. */
export interface ResolvedNeed extends ResourceNeed {
  servicePrincipalId: string;
  scopeIds: ReadonlyMap<string, string>;
  roleIds: ReadonlyMap<string, string>;
}

export function needsOf(choices: readonly ServiceChoice[]): ResourceNeed[] {
  const byResource = new Map<string, ResourceNeed>();
  for (const permission of choices.flatMap(permissionsForChoice)) {
    const need = byResource.get(permission.resource) ?? {
      resource: resourceApps[permission.resource],
      scopes: [],
      roles: [],
    };
    const list = permission.type === 'delegated' ? need.scopes : need.roles;
    if (!list.includes(permission.value)) list.push(permission.value);
    byResource.set(permission.resource, need);
  }
  return [...byResource.values()];
}

/** Looks each permission up on its resource's service principal in the tenant. */
export async function resolveNeeds(
  graph: GraphDirectory,
  needs: readonly ResourceNeed[],
): Promise<ResolvedNeed[]> {
  return Promise.all(
    needs.map(async (need) => {
      const sp = await graph.servicePrincipalByAppId(need.resource.appId);
      if (!sp) {
        throw new ProblemError({
          code: 'resource_not_in_tenant',
          message: `${need.resource.label} is not available in this tenant (it has no service principal).`,
          hint: 'Leave this service out, or make sure the tenant has it (licence, provisioning).',
        });
      }
      const ids = (entries: { id: string; value: string }[], names: string[], kind: string) =>
        new Map(
          names.map((name) => {
            const entry = entries.find((e) => e.value.toLowerCase() === name.toLowerCase());
            if (!entry) {
              throw new ProblemError({
                code: 'permission_not_found',
                message: `${need.resource.label} does not offer the ${kind} permission ${name} in this tenant.`,
              });
            }
            return [name, entry.id.toLowerCase()];
          }),
        );
      return {
        ...need,
        servicePrincipalId: sp.id,
        scopeIds: ids(sp.oauth2PermissionScopes, need.scopes, 'delegated'),
        roleIds: ids(sp.appRoles, need.roles, 'application'),
      };
    }),
  );
}

/** The `requiredResourceAccess` that asks for exactly the needs. */
export function requiredAccessOf(needs: readonly ResolvedNeed[]): RequiredResourceAccess[] {
  return needs.map((need) => ({
    resourceAppId: need.resource.appId,
    resourceAccess: [
      ...[...need.scopeIds.values()].map((id) => ({ id, type: 'Scope' as const })),
      ...[...need.roleIds.values()].map((id) => ({ id, type: 'Role' as const })),
    ],
  }));
}

/** What the app's `requiredResourceAccess` lacks. */
export function missingFromRegistration(
  existing: readonly RequiredResourceAccess[],
  needs: readonly ResolvedNeed[],
): ResourceNeed[] {
  return gaps(needs, (need) => {
    const held = new Set(
      existing
        .filter((r) => r.resourceAppId.toLowerCase() === need.resource.appId)
        .flatMap((r) => r.resourceAccess.map((a) => `${a.type}:${a.id.toLowerCase()}`)),
    );
    return {
      scope: (name) => held.has(`Scope:${need.scopeIds.get(name)}`),
      role: (name) => held.has(`Role:${need.roleIds.get(name)}`),
    };
  });
}

/** `existing` plus the needs, keeping every entry the app already had. */
export function mergeRequiredAccess(
  existing: readonly RequiredResourceAccess[],
  needs: readonly ResolvedNeed[],
): RequiredResourceAccess[] {
  const merged = existing.map((r) => ({ ...r, resourceAccess: [...r.resourceAccess] }));
  for (const wanted of requiredAccessOf(needs)) {
    let entry = merged.find((r) => r.resourceAppId.toLowerCase() === wanted.resourceAppId);
    if (!entry) {
      entry = { resourceAppId: wanted.resourceAppId, resourceAccess: [] };
      merged.push(entry);
    }
    for (const access of wanted.resourceAccess) {
      const has = entry.resourceAccess.some(
        (a) => a.type === access.type && a.id.toLowerCase() === access.id,
      );
      if (!has) entry.resourceAccess.push(access);
    }
  }
  return merged;
}

/** What tenant-wide consent (AllPrincipals grants, app role assignments) does not cover yet. */
export function missingConsent(
  needs: readonly ResolvedNeed[],
  grants: readonly PermissionGrant[],
  assignments: readonly AppRoleAssignment[],
): ResourceNeed[] {
  return gaps(needs, (need) => {
    const granted = new Set(
      tenantWideGrant(grants, need)
        ?.scope.split(/\s+/)
        .map((s) => s.toLowerCase()) ?? [],
    );
    const assigned = new Set(
      assignments
        .filter((a) => a.resourceId.toLowerCase() === need.servicePrincipalId.toLowerCase())
        .map((a) => a.appRoleId.toLowerCase()),
    );
    return {
      scope: (name) => granted.has(name.toLowerCase()),
      role: (name) => assigned.has(need.roleIds.get(name) ?? ''),
    };
  });
}

/** The app's tenant-wide grant on the need's resource, if it has one. */
export function tenantWideGrant(
  grants: readonly PermissionGrant[],
  need: ResolvedNeed,
): PermissionGrant | undefined {
  return grants.find(
    (g) =>
      g.consentType === 'AllPrincipals' &&
      g.resourceId.toLowerCase() === need.servicePrincipalId.toLowerCase(),
  );
}

/** "Microsoft Graph: User.Read (delegated), Organization.Read.All (application)"; one line per resource. */
export function describeNeeds(needs: readonly ResourceNeed[]): string {
  return needs
    .map(
      (need) =>
        `${need.resource.label}: ${[
          ...need.scopes.map((s) => `${s} (delegated)`),
          ...need.roles.map((r) => `${r} (application)`),
        ].join(', ')}`,
    )
    .join('; ');
}

function gaps(
  needs: readonly ResolvedNeed[],
  holds: (need: ResolvedNeed) => { scope(name: string): boolean; role(name: string): boolean },
): ResourceNeed[] {
  return needs
    .map((need) => {
      const has = holds(need);
      return {
        resource: need.resource,
        scopes: need.scopes.filter((s) => !has.scope(s)),
        roles: need.roles.filter((r) => !has.role(r)),
      };
    })
    .filter((gap) => gap.scopes.length + gap.roles.length > 0);
}
