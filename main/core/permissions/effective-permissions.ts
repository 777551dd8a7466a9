/**
 * What a connection's permissions let it do: for a person, each granted delegated permission's
 * parts against their directory roles (the token's `wids`, by template id); for an app alone,
 * its application permissions, which apply to the whole tenant.
 */
import { decodeJwt } from 'jose';
import type { EffectivePart, EffectivePermissions, TokenDetails } from '../../../preload/contract';
import { directoryRoles } from '../app-setup/directory-roles';
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
  /** The person's directory role template ids (`wids`). */
  roleTemplateIds: readonly string[];
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
    tenantWide: false,
    permissions: grant.scopes.map((permission) => ({
      permission,
      parts: (delegatedParts[permission] ?? []).map((part) => partFor(part, held)),
    })),
  };
}

/** The `wids` claim of an access token, or none where the token is opaque or lacks it. */
export function roleTemplateIdsOf(accessToken: string): string[] {
  try {
    const wids = decodeJwt(accessToken).wids;
    return Array.isArray(wids) ? wids.map(String) : [];
  } catch {
    return [];
  }
}

/** The effective view of a token already decoded into its details. */
export const effectiveOfToken = (details: TokenDetails, accessToken: string) =>
  effectivePermissions({
    kind: details.tokenType,
    scopes: details.scopes,
    appRoles: details.roles,
    roleTemplateIds: roleTemplateIdsOf(accessToken),
  });
