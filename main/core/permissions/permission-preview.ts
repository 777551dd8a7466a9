/**
 * What permissions not yet granted would let someone do, before they are consented (the consent
 * walkthrough, the app setup's Choose step): a delegated permission's parts weighed against the
 * person's directory roles, by the same table the granted view uses; an application permission
 * acts as the app alone, across the whole tenant ("Overview of Microsoft Graph permissions",
 * learn.microsoft.com/graph/permissions-overview). Where the roles are not known, each part says
 * which role it needs and no verdict; a permission the table does not describe gets no parts.
 */
import type { PermissionPreview, PreviewPart } from '../../../preload/contract';
import { partFor } from './effective-permissions';
import { delegatedParts, rolesInWords, type PermissionPart } from './permission-roles';

export interface AskedPermission {
  value: string;
  type: 'delegated' | 'application';
}

function previewPart(part: PermissionPart, held: ReadonlySet<string> | undefined): PreviewPart {
  if (held) return partFor(part, held);
  return part.roles === 'member'
    ? { action: part.action }
    : { action: part.action, needs: rolesInWords(part) };
}

/** Each of `asked` as it would be for someone holding `roles` (names), or unknown roles. */
export function previewPermissions(
  asked: readonly AskedPermission[],
  roles: readonly string[] | undefined,
): PermissionPreview[] {
  const held = roles && new Set(roles);
  return asked.map(({ value, type }) => ({
    permission: value,
    type,
    tenantWide: type === 'application',
    parts:
      type === 'application'
        ? []
        : // `hasOwn`: a name such as `constructor` is no permission of the table.
          (Object.hasOwn(delegatedParts, value) ? delegatedParts[value]! : []).map((part) =>
            previewPart(part, held),
          ),
  }));
}
