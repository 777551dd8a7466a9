/**
 * What a connection's permissions let it do: for a person, each granted delegated permission's
 * parts against their directory roles (by template id: person-roles.ts says where they were
 * read); for an app alone, its application permissions, which apply to the whole tenant.
 */
import type {
  EffectivePart,
  EffectivePermissions,
  RolesFrom,
  TokenDetails,
} from '../../../preload/contract';
import { directoryRoles } from '../app-setup/directory-roles';
import type { HeldRoles } from './person-roles';
import { delegatedParts, rolesInWords, type PermissionPart } from './permission-roles';

/** One part of a permission, weighed against the roles held (by name). */
export const partFor = (part: PermissionPart, held: ReadonlySet<string>): EffectivePart => {
  const allowed = part.roles === 'member' || part.roles.some((role) => held.has(role));
  return allowed
    ? { action: part.action, allowed }
    : { action: part.action, allowed, needs: rolesInWords(part) };
};

export interface Grant {
  kind: 'delegated' | 'app-only';
  /** Delegated permissions (`scp`), short form. */
  scopes: readonly string[];
  /** Application permissions (`roles`). */
  appRoles: readonly string[];
  /** The person's directory role template ids (`wids`, or Graph's memberOf). */
  roleTemplateIds: readonly string[];
  /**
   * Where they were read; `unknown`: nobody could say, so a part that needs a role is not
   * called allowed (and says which role would allow it). Default `token`.
   */
  rolesFrom?: RolesFrom;
}

export function effectivePermissions(grant: Grant): EffectivePermissions {
  if (grant.kind === 'app-only') {
    return {
      kind: 'app-only',
      directoryRoles: [],
      tenantWide: true,
      permissions: grant.appRoles.map((permission) => ({
        permission,
        parts: [{ action: `use ${permission} across the whole tenant`, allowed: true }],
      })),
    };
  }
  const { roles } = directoryRoles(grant.roleTemplateIds);
  const held = new Set(roles);
  return {
    kind: 'delegated',
    directoryRoles: roles,
    rolesFrom: grant.rolesFrom ?? 'token',
    tenantWide: false,
    permissions: grant.scopes.map((permission) => ({
      permission,
      parts: (delegatedParts[permission] ?? []).map((part) => partFor(part, held)),
    })),
  };
}

/** The effective view of a token already decoded into its details, and the person's roles. */
export const effectiveOfToken = (details: TokenDetails, held: HeldRoles) =>
  effectivePermissions({
    kind: details.tokenType,
    scopes: details.scopes,
    appRoles: details.roles,
    roleTemplateIds: held.templateIds,
    rolesFrom: held.from,
  });
