/**
 * Effective permissions: what a connection's granted permissions let this person (or the app
 * alone) actually do, computed from the token's permissions and the person's directory roles.
 */
import { z } from 'zod';

/** One thing a permission covers, and whether this person's roles allow it. */
export const EffectivePart = z.object({
  /** "change users", "open the SharePoint admin center". */
  action: z.string(),
  allowed: z.boolean(),
  /** When not allowed: which role would allow it, in words. */
  needs: z.string().optional(),
});
export type EffectivePart = z.infer<typeof EffectivePart>;

export const EffectivePermission = z.object({
  permission: z.string(),
  /** Empty when the app's table does not describe this permission. */
  parts: z.array(EffectivePart),
});
export type EffectivePermission = z.infer<typeof EffectivePermission>;

/**
 * Where a person's directory roles were read: the token's `wids` claim, Graph's `/me/memberOf`
 * (where the token carries none), or `unknown` when neither could be read. Unknown roles are
 * not "no roles": a part that needs a role then depends on roles nobody could read.
 */
export const RolesFrom = z.enum(['token', 'directory', 'unknown']);
export type RolesFrom = z.infer<typeof RolesFrom>;

export const EffectivePermissions = z.object({
  kind: z.enum(['delegated', 'app-only']),
  /** The person's directory roles by name (see `rolesFrom`); none for an app. */
  directoryRoles: z.array(z.string()),
  /** For a person: where `directoryRoles` came from. Absent for an app. */
  rolesFrom: RolesFrom.optional(),
  /** True for app-only: application permissions apply to the whole tenant. */
  tenantWide: z.boolean(),
  permissions: z.array(EffectivePermission),
});
export type EffectivePermissions = z.infer<typeof EffectivePermissions>;
