/**
 * `permissions.preview`: whose roles a preview weighs permissions against, and the answer. For
 * the app setup, the person signed in to it (their roles were read at that sign-in); for a
 * service, the person its connection signed in as: the roles a check of one of that
 * connection's services already read, else as the panels read them: a Graph token asked for
 * silently (MSAL's cached one where it has it), its `wids` or Graph's `/me/memberOf`. Where neither tells, the roles are unknown and
 * the preview says what each part needs instead of guessing.
 */
import type { CommandInput, PermissionPreviews, ServiceId } from '../../../preload/contract';
import { directoryRoles } from '../app-setup/directory-roles';
import type { SetupSessions } from '../app-setup/setup-session';
import type { ServiceStatuses } from '../connections/service-statuses';
import type { HandlerRegistry } from '../ipc/command-handlers';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import { previewPermissions } from './permission-preview';

export interface PermissionPreviewDeps {
  sessions: Pick<SetupSessions, 'current'>;
  registry: ConnectionRegistry;
  statuses: Pick<ServiceStatuses, 'lastKnown' | 'rolesOf'>;
}

interface Person {
  name?: string;
  roles?: string[];
}

export function registerPermissionPreviewHandlers(
  router: HandlerRegistry,
  deps: PermissionPreviewDeps,
): void {
  router.handle('permissions.preview', (input) => permissionPreview(deps, input));
}

export async function permissionPreview(
  deps: PermissionPreviewDeps,
  { person, permissions }: CommandInput<'permissions.preview'>,
): Promise<PermissionPreviews> {
  const who =
    person.of === 'setup' ? setupPerson(deps) : await servicePerson(deps, person.serviceId);
  return {
    ...(who.name ? { person: who.name } : {}),
    ...(who.roles ? { directoryRoles: who.roles } : {}),
    permissions: previewPermissions(permissions, who.roles),
  };
}

function setupPerson(deps: PermissionPreviewDeps): Person {
  const session = deps.sessions.current();
  return session ? { name: session.displayName, roles: session.roles } : {};
}

async function servicePerson(deps: PermissionPreviewDeps, serviceId: ServiceId): Promise<Person> {
  const binding = deps.registry.binding(serviceId);
  const account = binding && deps.registry.account(binding.connectionId);
  // No saved connection (a first sign-in was refused), or an app, which holds no roles.
  if (!account || account.kind === 'app-only') return {};
  return { name: account.displayName, roles: await rolesOf(deps, account) };
}

async function rolesOf(deps: PermissionPreviewDeps, account: AccountRecord) {
  for (const serviceId of deps.registry.servicesUsing(account.id)) {
    const effective = deps.statuses.lastKnown(serviceId)?.effective;
    if (effective?.kind === 'delegated' && effective.rolesFrom !== 'unknown') {
      return effective.directoryRoles;
    }
  }
  try {
    const held = await deps.statuses.rolesOf(account);
    return held.from === 'unknown' ? undefined : directoryRoles(held.templateIds).roles;
  } catch {
    return undefined; // not signed in for Graph, say: unknown, not "no role"
  }
}
