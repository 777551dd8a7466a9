import { GRAPH_APP_ID, graphAppRoles, graphScopes } from './graph-permissions.js';
import type { AppRole, DelegatedScope } from './permission-entries.js';
import {
  AZURE_MANAGEMENT_APP_ID,
  MANAGEMENT_APP_ID,
  SHAREPOINT_APP_ID,
  YAMMER_APP_ID,
  azureManagementScopes,
  managementAppRoles,
  managementScopes,
  sharePointAppRoles,
  sharePointScopes,
  yammerScopes,
} from './service-permissions.js';
import { sharePointAdminUrl, sharePointRootUrl } from './sharepoint-tenant.js';

export type { AppRole, DelegatedScope } from './permission-entries.js';
export { consentText } from './permission-entries.js';

/** Keys of the resource APIs, as used in ReadyInfo `resources`. */
export type ResourceKey =
  'graph' | 'sharepoint' | 'managementApi' | 'azureManagement' | 'vivaEngage';

/**
 * A resource API (service principal of a first-party service) tokens can be issued for. Its
 * permissions are what its service principal publishes in Graph, so this is the one place
 * both token issuance and `GET /servicePrincipals` read them from.
 */
export interface ResourceApi {
  key: ResourceKey;
  displayName: string;
  /** Well-known application id of the resource's service principal. */
  appId: string;
  /** Main audience; also what ReadyInfo names it by. */
  audience: string;
  /** Every audience URI (identifierUris) a client may put before a scope; `aud` echoes the one used. */
  audiences: readonly string[];
  /** Delegated permissions (`oauth2PermissionScopes`). */
  scopes: DelegatedScope[];
  /** Application permissions (`appRoles`); empty where the service has none (Yammer, ARM). */
  appRoles: AppRole[];
}

function resource(
  key: ResourceKey,
  displayName: string,
  appId: string,
  audiences: [string, ...string[]],
  scopes: DelegatedScope[],
  appRoles: AppRole[] = [],
): ResourceApi {
  return { key, displayName, appId, audience: audiences[0], audiences, scopes, appRoles };
}

export const microsoftGraph = resource(
  'graph',
  'Microsoft Graph',
  GRAPH_APP_ID,
  ['https://graph.microsoft.com'],
  graphScopes,
  graphAppRoles,
);

/** SharePoint Online: one resource app, one audience per host of the tenant. */
export const sharePointOnline = resource(
  'sharepoint',
  'Office 365 SharePoint Online',
  SHAREPOINT_APP_ID,
  [sharePointRootUrl, sharePointAdminUrl],
  sharePointScopes,
  sharePointAppRoles,
);

export const managementApis = resource(
  'managementApi',
  'Office 365 Management APIs',
  MANAGEMENT_APP_ID,
  ['https://manage.office.com'],
  managementScopes,
  managementAppRoles,
);

/** Azure Service Management (Azure Resource Manager). */
export const azureServiceManagement = resource(
  'azureManagement',
  'Windows Azure Service Management API',
  AZURE_MANAGEMENT_APP_ID,
  ['https://management.azure.com', 'https://management.core.windows.net'],
  azureManagementScopes,
);

/** Yammer (Viva Engage). */
export const yammer = resource(
  'vivaEngage',
  'Yammer',
  YAMMER_APP_ID,
  ['https://api.yammer.com'],
  yammerScopes,
);

/** All resource APIs the emulator can issue tokens for. */
export const resourceApis: readonly ResourceApi[] = [
  microsoftGraph,
  sharePointOnline,
  managementApis,
  azureServiceManagement,
  yammer,
];

/** A resource together with the audience URI a client named it by. */
export interface ResolvedResource {
  api: ResourceApi;
  /** The matching audience URI, or the main one when the client used the app id. */
  audience: string;
}

/**
 * Finds a resource by audience URI or app id, as Entra accepts either as a scope prefix.
 * Trailing slashes are ignored (`https://graph.microsoft.com//.default` is legal).
 */
export function resolveResource(identifier: string): ResolvedResource | undefined {
  const wanted = identifier.replace(/\/+$/, '').toLowerCase();
  for (const api of resourceApis) {
    if (api.appId === wanted) return { api, audience: api.audience };
    const audience = api.audiences.find((a) => a.toLowerCase() === wanted);
    if (audience) return { api, audience };
  }
  return undefined;
}

/** Finds a resource by audience URI or app id. */
export function findResourceApi(identifier: string): ResourceApi | undefined {
  return resolveResource(identifier)?.api;
}

/** Looks a scope up case-insensitively; returns the resource's canonical spelling. */
export function findDelegatedScope(api: ResourceApi, name: string): DelegatedScope | undefined {
  const wanted = name.toLowerCase();
  return api.scopes.find((s) => s.value.toLowerCase() === wanted);
}

/** Looks an application permission up by value (case-insensitively) or id. */
export function findAppRole(api: ResourceApi, valueOrId: string): AppRole | undefined {
  const wanted = valueOrId.toLowerCase();
  return api.appRoles.find((r) => r.value.toLowerCase() === wanted || r.id === wanted);
}
