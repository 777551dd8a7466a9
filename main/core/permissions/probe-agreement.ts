/**
 * TEST ONLY. What the effective-permission view says of the part each service's probe
 * exercises, and the four panels a person's connection serves, for tests that check the view
 * against the services' own answers.
 */
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import { signInByDeviceCode, valueOf, type CoreFixture } from '../testing/core-fixture';
import { delegatedParts } from './permission-roles';

/** The permission each panel asks for, where its probe goes (SharePoint: the admin center). */
const askedFor: Record<string, string> = {
  graph: 'User.Read',
  entra: 'Directory.Read.All',
  managementApi: 'ActivityFeed.Read',
  sharepoint: 'AllSites.FullControl',
};

/** What the view says of the part the service's probe exercises. */
export function viewOfProbe(status: ServiceStatus) {
  const permission = askedFor[status.serviceId]!;
  const checked = delegatedParts[permission]!.find((p) => p.checkedBy === status.serviceId)!;
  const view = status.effective?.permissions.find((p) => p.permission === permission);
  return view?.parts.find((p) => p.action === checked.action);
}

/** Signs `upn` in for Graph and uses the connection for Entra, the Management APIs and SharePoint. */
export async function statusesOf(
  f: CoreFixture,
  upn: string,
): Promise<Record<string, ServiceStatus>> {
  const graph = valueOf(await signInByDeviceCode(f, 'graph', upn));
  const use = (serviceId: ServiceId, siteUrl?: string) =>
    f.value('service.useAccount', {
      serviceId,
      connectionId: graph.connectionId!,
      ...(siteUrl ? { siteUrl } : {}),
    });
  return {
    graph,
    entra: await use('entra'),
    managementApi: await use('managementApi'),
    sharepoint: await use('sharepoint', f.emulator.info.sharepoint.adminUrl),
  };
}

/** How many times Graph was asked for the signed-in person's memberships. */
export const memberOfRequests = (f: CoreFixture) =>
  f.emulator.control.requests().filter((r) => /\/v1\.0\/me\/memberOf/i.test(r.path)).length;
