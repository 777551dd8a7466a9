import { sharePointAdminUrl, sharePointRootUrl } from './sharepoint-tenant.js';
import { stableGuid } from './stable-ids.js';

/** One delegated permission, shaped like an entry of a service principal's `oauth2PermissionScopes`. */
export interface DelegatedScope {
  id: string;
  /** Short name as it appears in `scp`, e.g. `User.Read`. */
  value: string;
  adminConsentDisplayName: string;
  /** Absent where Entra shows users no consent text because only admins can grant it. */
  userConsentDisplayName?: string;
  /** Only an administrator can consent (Entra's "Admin consent required: Yes"). */
  isAdminOnly: boolean;
}

/** Keys of the resource APIs, as used in ReadyInfo `resources`. */
export type ResourceKey =
  'graph' | 'sharepoint' | 'managementApi' | 'azureManagement' | 'vivaEngage';

/** A resource API (service principal of a first-party service) tokens can be issued for. */
export interface ResourceApi {
  key: ResourceKey;
  displayName: string;
  /** Well-known application id of the resource's service principal. */
  appId: string;
  /** Main audience; also what `requiredResourceAccess` and ReadyInfo name it by. */
  audience: string;
  /** Every audience URI (identifierUris) a client may put before a scope; `aud` echoes the one used. */
  audiences: readonly string[];
  scopes: DelegatedScope[];
}

/** A scope entry; ids are Microsoft's where they are well known, else derived and stable. */
function scope(
  value: string,
  admin: string,
  user: string | undefined,
  isAdminOnly: boolean,
  id?: string,
): DelegatedScope {
  return {
    id: id ?? stableGuid('scope', value),
    value,
    adminConsentDisplayName: admin,
    ...(user === undefined ? {} : { userConsentDisplayName: user }),
    isAdminOnly,
  };
}

function resource(
  key: ResourceKey,
  displayName: string,
  appId: string,
  audiences: [string, ...string[]],
  scopes: DelegatedScope[],
): ResourceApi {
  return { key, displayName, appId, audience: audiences[0], audiences, scopes };
}

/** Microsoft Graph, with the slice of delegated permissions the emulator understands. */
export const microsoftGraph = resource(
  'graph',
  'Microsoft Graph',
  '00000003-0000-0000-c000-000000000000',
  ['https://graph.microsoft.com'],
  [
    scope(
      'User.Read',
      'Sign in and read user profile',
      'Sign you in and read your profile',
      false,
      'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
    ),
    scope(
      'User.Read.All',
      "Read all users' full profiles",
      undefined,
      true,
      'a154be20-db9c-4678-8ab7-66f6cc099a59',
    ),
    scope(
      'User.ReadBasic.All',
      "Read all users' basic profiles",
      "Read all users' basic profiles",
      false,
      'b340eb25-3456-403f-be2f-af7a0d370277',
    ),
    scope(
      'Directory.Read.All',
      'Read directory data',
      undefined,
      true,
      '06da0dbc-49e2-44d2-8312-53f166ab848a',
    ),
    scope(
      'Organization.Read.All',
      'Read organization information',
      undefined,
      true,
      '4908d5b9-3fb2-4b1e-9336-1888b7937185',
    ),
    scope(
      'Sites.Read.All',
      'Read items in all site collections',
      'Read items in all site collections',
      false,
      '205e70e5-aba6-4c52-a976-6d2d46c94b12',
    ),
  ],
);

/** SharePoint Online: one resource app, one audience per host of the tenant. */
export const sharePointOnline = resource(
  'sharepoint',
  'Office 365 SharePoint Online',
  '00000003-0000-0ff1-ce00-000000000000',
  [sharePointRootUrl, sharePointAdminUrl],
  [
    scope(
      'AllSites.Read',
      'Read items in all site collections',
      'Read items in all site collections',
      false,
      '4e0d77b0-96ba-4398-af14-3baa780278f4',
    ),
    scope(
      'AllSites.FullControl',
      'Have full control of all site collections',
      undefined,
      true,
      '56680e0d-d2a3-4ae1-80d8-3c4f2100e3d0',
    ),
    scope('Sites.Search.All', 'Run search queries as a user', undefined, true),
  ],
);

/** Office 365 Management APIs; both delegated permissions need an administrator. */
export const managementApis = resource(
  'managementApi',
  'Office 365 Management APIs',
  'c5393580-f805-4401-95e8-94b7a6ef2fc2',
  ['https://manage.office.com'],
  [
    scope('ActivityFeed.Read', 'Read activity data for your organization', undefined, true),
    scope(
      'ServiceHealth.Read',
      'Read service health information for your organization',
      undefined,
      true,
    ),
  ],
);

/** Azure Service Management (Azure Resource Manager). */
export const azureServiceManagement = resource(
  'azureManagement',
  'Azure Service Management',
  '797f4846-ba00-4fd7-ba43-dac1f8f63013',
  ['https://management.azure.com', 'https://management.core.windows.net'],
  [
    scope(
      'user_impersonation',
      'Access Azure Service Management as organization users (preview)',
      'Access Azure Service Management as you (preview)',
      false,
      '41094075-9dad-400e-a0bd-54e686782033',
    ),
  ],
);

/** Yammer (Viva Engage): delegated only, it has no application permissions. */
export const yammer = resource(
  'vivaEngage',
  'Yammer',
  '00000005-0000-0ff1-ce00-000000000000',
  ['https://api.yammer.com'],
  [
    scope(
      'user_impersonation',
      'Read and write to the Yammer platform',
      'Read and write to the Yammer platform',
      false,
    ),
  ],
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

/** The text a consent page shows a user for a scope. */
export function consentText(s: DelegatedScope): string {
  return s.userConsentDisplayName ?? s.adminConsentDisplayName;
}
