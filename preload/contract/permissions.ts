/**
 * Effective permissions: what a connection's granted permissions let this person (or the app
 * alone) actually do, computed from the token's permissions and the person's directory roles.
 */
import { z } from 'zod';
import { ServiceId } from './ids';

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

/** One part a permission not yet granted would cover; `allowed` is absent when the roles are unknown. */
export const PreviewPart = EffectivePart.extend({ allowed: z.boolean().optional() });
export type PreviewPart = z.infer<typeof PreviewPart>;

/** What one permission, not yet granted, would let this person (or the app alone) do. */
export const PermissionPreview = z.object({
  permission: z.string(),
  type: z.enum(['delegated', 'application']),
  /** Application permissions: the app alone, across the whole tenant. */
  tenantWide: z.boolean(),
  /** Delegated only; empty when the app's table does not describe this permission. */
  parts: z.array(PreviewPart),
});
export type PermissionPreview = z.infer<typeof PermissionPreview>;

export const PermissionPreviews = z.object({
  /** Whose roles the parts are weighed against, as shown ("Megan Bowen"); absent when nobody's. */
  person: z.string().optional(),
  /** That person's directory roles by name; absent when they are not known. */
  directoryRoles: z.array(z.string()).optional(),
  permissions: z.array(PermissionPreview),
});
export type PermissionPreviews = z.infer<typeof PermissionPreviews>;

/** Whose roles a preview uses: the app setup's signed-in person, or a service's connection. */
export const PreviewPerson = z.discriminatedUnion('of', [
  z.object({ of: z.literal('setup') }).strict(),
  z.object({ of: z.literal('service'), serviceId: ServiceId }).strict(),
]);
export type PreviewPerson = z.infer<typeof PreviewPerson>;

export const permissionCommands = {
  /** What each permission not yet granted would let this person (or the app alone) do. */
  'permissions.preview': {
    input: z
      .object({
        person: PreviewPerson,
        permissions: z
          .array(
            z
              .object({
                value: z.string().min(1).max(200),
                type: z.enum(['delegated', 'application']),
              })
              .strict(),
          )
          .max(100),
      })
      .strict(),
    output: PermissionPreviews,
  },
} as const;
