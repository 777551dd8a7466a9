import { stableGuid } from '../../directory/stable-ids.js';
import { roleTemplateIds } from '../../directory/users.js';
import type { User } from '../../directory/users.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import { sendGraphError, sendGraphJson } from '../graph-responses.js';
import { applySelect, selectParam } from '../odata-select.js';
import { addGraphRoute, graphContext } from './graph-route.js';

/**
 * "List a user's direct memberships" (learn.microsoft.com/graph/api/user-list-memberof): for
 * the signed-in user, User.Read is the least privileged delegated permission; application
 * permissions are not supported on `/me`.
 */
const listMemberships = [
  'User.Read',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Directory.AccessAsUser.All',
  'GroupMember.Read.All',
];

/**
 * Who may read a directory role's properties ("Get directoryRole",
 * learn.microsoft.com/graph/api/directoryrole-get). Without one, Graph still lists the role
 * but with "limited information": its `@odata.type` and `id`, every other property null.
 */
const readRoles = new Set(
  [
    'RoleManagement.Read.Directory',
    'RoleManagement.ReadWrite.Directory',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
    'Directory.AccessAsUser.All',
  ].map((s) => s.toLowerCase()),
);

/** Graph's words for the refusals `refuseMemberOf` scripts. */
const refusals = {
  401: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  403: {
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
} as const;

/**
 * Registers `GET /v1.0/me/memberOf` and its cast `/me/memberOf/microsoft.graph.directoryRole`:
 * the signed-in user's directory roles, as activated directoryRole objects (the sandbox has
 * no groups or administrative units), with `$select`.
 */
export function addMemberOfRoutes(router: Router, ctx: EmulatorContext): void {
  const access = { scopes: listMemberships, roles: [] };
  for (const [path, fragment] of [
    ['/me/memberOf', 'directoryObjects'],
    ['/me/memberOf/microsoft.graph.directoryRole', 'directoryRoles'],
  ] as const) {
    addGraphRoute(router, ctx, 'GET', path, access, (http, { claims, user }) => {
      const refusal = ctx.settings.memberOfRefusal;
      if (refusal) {
        const { code, message } = refusals[refusal];
        return sendGraphError(http, refusal, code, message);
      }
      const scopes = (claims.scp ?? '').toLowerCase().split(' ');
      const readable = scopes.some((s) => readRoles.has(s));
      sendGraphJson(http, {
        '@odata.context': graphContext(http, fragment),
        value: (user ? directoryRolesOf(user, claims.tid) : []).map((role) =>
          applySelect(readable ? role : limited(role), selectParam(http.url)),
        ),
      });
    });
  }
}

/** The user's roles as the tenant's activated directoryRole objects. */
function directoryRolesOf(user: User, tenantId: string): Record<string, unknown>[] {
  return user.roles.map((name) => ({
    '@odata.type': '#microsoft.graph.directoryRole',
    id: stableGuid(tenantId, 'directoryRole', name),
    deletedDateTime: null,
    description: `Built-in role: ${name}.`,
    displayName: name,
    roleTemplateId: roleTemplateIds[name],
  }));
}

/** An object the caller may not read: only its type and id. */
function limited(role: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(role).map(([key, value]) =>
      key === '@odata.type' || key === 'id' ? [key, value] : [key, null],
    ),
  );
}
