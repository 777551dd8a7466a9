/**
 * The Microsoft resources an M365 Desk app registration asks permissions of, by their
 * well-known application ids (the same in every tenant), and how a scope names each one.
 */
import type { CloudEndpoints } from '../cloud-catalog';

export type ResourceKey =
  'graph' | 'sharepoint' | 'managementApi' | 'azureManagement' | 'vivaEngage';

export interface ResourceApp {
  key: ResourceKey;
  appId: string;
  /** As the Entra admin center lists it under "Add a permission". */
  label: string;
}

export const resourceApps: Readonly<Record<ResourceKey, ResourceApp>> = {
  graph: { key: 'graph', appId: '00000003-0000-0000-c000-000000000000', label: 'Microsoft Graph' },
  sharepoint: {
    key: 'sharepoint',
    appId: '00000003-0000-0ff1-ce00-000000000000',
    label: 'SharePoint',
  },
  managementApi: {
    key: 'managementApi',
    appId: 'c5393580-f805-4401-95e8-94b7a6ef2fc2',
    label: 'Office 365 Management APIs',
  },
  azureManagement: {
    key: 'azureManagement',
    appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    label: 'Azure Service Management',
  },
  vivaEngage: {
    key: 'vivaEngage',
    appId: '00000005-0000-0ff1-ce00-000000000000',
    label: 'Yammer (Viva Engage)',
  },
};

export function resourceAppById(appId: string): ResourceApp | undefined {
  const wanted = appId.toLowerCase();
  return Object.values(resourceApps).find((r) => r.appId === wanted);
}

/**
 * What goes before `/{permission}` in a scope for this resource: its audience where the cloud
 * has one fixed host, else its application id (SharePoint's audience is each tenant's own host,
 * and Entra accepts `{appId}/.default` for any resource).
 */
export function scopePrefix(resource: ResourceApp, cloud: CloudEndpoints): string {
  const fixed = resource.key === 'sharepoint' ? undefined : cloud.resources[resource.key];
  return fixed ? fixed.audience.replace(/\/$/, '') : resource.appId;
}

/**
 * Which resource a scope such as `https://manage.office.com/ActivityFeed.Read` belongs to in a
 * cloud: by its fixed audience, or by a SharePoint host of the cloud.
 */
export function resourceOfScope(scope: string, cloud: CloudEndpoints): ResourceApp | undefined {
  const audience = scope.slice(0, scope.lastIndexOf('/')).replace(/\/$/, '');
  const fixed = (['graph', 'managementApi', 'azureManagement', 'vivaEngage'] as const).find(
    (key) => cloud.resources[key]?.audience.replace(/\/$/, '') === audience,
  );
  if (fixed) return resourceApps[fixed];
  const host = URL.canParse(audience) ? new URL(audience).hostname : '';
  return host.endsWith(`.${cloud.sharePointSuffix}`) ? resourceApps.sharepoint : undefined;
}
