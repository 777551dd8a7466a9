import type { PermissionInfo, ServicePermissionSets } from '../../../preload/contract';

/** An API as the Entra admin center lists it under "API permissions › Add a permission". */
export interface PortalApi {
  appId: string;
  label: string;
}

// The well-known resource application ids are the same in every tenant; the labels are the
// portal's (Entra ID's permissions, for one, are Microsoft Graph permissions there).
const portalApis: PortalApi[] = [
  { appId: '00000003-0000-0000-c000-000000000000', label: 'Microsoft Graph' },
  { appId: '00000003-0000-0ff1-ce00-000000000000', label: 'SharePoint' },
  { appId: 'c5393580-f805-4401-95e8-94b7a6ef2fc2', label: 'Office 365 Management APIs' },
  { appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013', label: 'Azure Service Management' },
  { appId: '00000005-0000-0ff1-ce00-000000000000', label: 'Yammer (Viva Engage)' },
];

/**
 * The API a permission belongs to. Usually the service's own resource; a permission borrowed
 * from another API (SharePoint finds its root site through Microsoft Graph) says so at the end
 * of its meaning, "(a Microsoft Graph permission)", as the contract has no field for it.
 */
export function portalApiOf(
  permission: PermissionInfo,
  service: Pick<ServicePermissionSets, 'resourceAppId' | 'label'>,
): PortalApi {
  const borrowed = /\(a (.+) permission\)$/.exec(permission.meaning)?.[1];
  const byLabel = borrowed && portalApis.find((api) => api.label === borrowed);
  if (byLabel) return byLabel;
  const own = service.resourceAppId.toLowerCase();
  return portalApis.find((api) => api.appId === own) ?? { appId: own, label: service.label };
}
