import type {
  AppSetupCatalog,
  PermissionInfo,
  PermissionLevel,
  ServiceChoice,
  ServiceId,
  ServicePermissionSets,
} from '../../../preload/contract';
import { portalApiOf } from './portal-apis';

/** One service as the person set it up in "Choose": whether it is in, at which level. */
export interface ServiceDraft {
  selected: boolean;
  level: PermissionLevel;
  includeApplication: boolean;
}

export type SetupSelection = Partial<Record<ServiceId, ServiceDraft>>;

/** The order the levels are offered in; the contract's enum is a type here, not a value. */
export const permissionLevels: PermissionLevel[] = ['minimal', 'standard', 'full'];

export const levelLabels: Record<PermissionLevel, string> = {
  minimal: 'Minimal',
  standard: 'Standard',
  full: 'Full',
};

// Least privilege by default: one service, the everyday level, no app-only.
const defaultDraft: ServiceDraft = {
  selected: false,
  level: 'standard',
  includeApplication: false,
};

/** A service's draft, or the default one while the person has not touched it. */
export function draftOf(selection: SetupSelection, serviceId: ServiceId): ServiceDraft {
  return selection[serviceId] ?? defaultDraft;
}

/**
 * Where "Choose" starts: the services asked for (e.g. the one whose sign-in failed), or
 * Microsoft Graph, which every other service's sign-in reads the person's profile through.
 */
export function initialSelection(
  preselect: ServiceId[] = [],
  level: PermissionLevel = defaultDraft.level,
): SetupSelection {
  const services: ServiceId[] = preselect.length > 0 ? preselect : ['graph'];
  const selection: SetupSelection = {};
  for (const serviceId of services) {
    selection[serviceId] = { ...defaultDraft, level, selected: true };
  }
  return selection;
}

/** The permissions a service asks for at a level, without application ones unless wanted. */
export function permissionsFor(
  service: ServicePermissionSets,
  draft: Pick<ServiceDraft, 'level' | 'includeApplication'>,
): PermissionInfo[] {
  const wanted = draft.includeApplication && service.applicationPermissionsOffered;
  return (service.levels[draft.level] ?? []).filter(
    (permission) => permission.type === 'delegated' || wanted,
  );
}

/** The chosen services, in the catalog's order, as the commands take them. */
export function toServiceChoices(
  catalog: AppSetupCatalog,
  selection: SetupSelection,
): ServiceChoice[] {
  return catalog.services
    .filter((service) => draftOf(selection, service.serviceId).selected)
    .map((service) => {
      const draft = draftOf(selection, service.serviceId);
      return {
        serviceId: service.serviceId,
        level: draft.level,
        includeApplication: draft.includeApplication && service.applicationPermissionsOffered,
      };
    });
}

/** One API's permissions of one type, as the portal's "Add a permission" asks for them. */
export interface PermissionGroup {
  /** As the portal lists the API, e.g. "Microsoft Graph" (for Entra ID too). */
  apiLabel: string;
  resourceAppId: string;
  type: PermissionInfo['type'];
  /** The chosen services that need these, e.g. ["Microsoft Graph", "Entra ID"]. */
  services: string[];
  permissions: PermissionInfo[];
}

/**
 * What to add under "API permissions" by hand: per API (not per service: Entra ID's are
 * Microsoft Graph permissions), delegated then application, each permission once.
 */
export function permissionGroups(
  catalog: AppSetupCatalog,
  selection: SetupSelection,
): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const choice of toServiceChoices(catalog, selection)) {
    const service = catalog.services.find((entry) => entry.serviceId === choice.serviceId);
    if (!service) continue;
    for (const permission of permissionsFor(service, choice)) {
      const api = portalApiOf(permission, service);
      const key = `${api.appId}|${permission.type}`;
      const group = groups.get(key) ?? {
        apiLabel: api.label,
        resourceAppId: api.appId,
        type: permission.type,
        services: [],
        permissions: [],
      };
      if (!group.services.includes(service.label)) group.services.push(service.label);
      if (!group.permissions.some((known) => known.value === permission.value)) {
        group.permissions.push(permission);
      }
      groups.set(key, group);
    }
  }
  // Delegated first, as the portal's "Add a permission" offers them.
  return [...groups.values()].sort(
    (a, b) => Number(a.type === 'application') - Number(b.type === 'application'),
  );
}

export interface SelectionSummary {
  services: number;
  permissions: number;
  adminConsent: number;
}

/** "3 services, 14 permissions, 6 need an admin" for the top of "Choose". */
export function summarize(catalog: AppSetupCatalog, selection: SetupSelection): SelectionSummary {
  const groups = permissionGroups(catalog, selection);
  const all = groups.flatMap((group) => group.permissions);
  return {
    services: toServiceChoices(catalog, selection).length,
    permissions: all.length,
    adminConsent: all.filter((permission) => permission.adminConsentRequired).length,
  };
}

/** The same summary in words. */
export function summaryText({ services, permissions, adminConsent }: SelectionSummary): string {
  if (services === 0) return 'No services chosen yet.';
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  const admin =
    adminConsent === 0
      ? 'none needs an administrator'
      : `${adminConsent} ${adminConsent === 1 ? 'needs' : 'need'} an administrator’s consent`;
  return `${plural(services, 'service', 'services')}, ${plural(permissions, 'permission', 'permissions')}; ${admin}.`;
}

/** "Microsoft Graph (Standard), Viva Engage (Minimal, with app-only)". */
export function describeChoices(catalog: AppSetupCatalog, choices: ServiceChoice[]): string {
  return choices
    .map((choice) => {
      const label =
        catalog.services.find((service) => service.serviceId === choice.serviceId)?.label ??
        choice.serviceId;
      const app = choice.includeApplication ? ', with app-only' : '';
      return `${label} (${levelLabels[choice.level]}${app})`;
    })
    .join(', ');
}

/** Why the app-only switch is missing for a service, in words a first-time admin follows. */
export function noApplicationReason(service: Pick<ServicePermissionSets, 'serviceId' | 'label'>) {
  switch (service.serviceId) {
    case 'vivaEngage':
      return 'Microsoft offers Viva Engage no application permissions: it works only with a person signed in, so app-only cannot be used with it.';
    case 'azureManagement':
      return 'Azure publishes no application permissions. For app-only access to Azure, give the app a role on your subscription in the Azure portal (Access control).';
    default:
      return `${service.label} offers no application permissions, so app-only cannot be used with it.`;
  }
}

/**
 * The order the wizard's verification signs in: Microsoft Graph first when chosen, since
 * SharePoint finds its root site through it; the rest as chosen.
 */
export function signInOrder(services: ServiceId[]): ServiceId[] {
  return [...services].sort((a, b) => Number(b === 'graph') - Number(a === 'graph'));
}
