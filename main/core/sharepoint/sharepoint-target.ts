/**
 * Which SharePoint site a connection talks to: the URL the person gave (checked), or, when
 * they gave none, the tenant's root site discovered through Microsoft Graph.
 */
import type { SharePointTarget } from '../../../preload/contract';
import type { CloudEndpoints } from '../cloud-catalog';
import { ProblemError } from '../errors/to-problem';
import type { HttpsClient } from '../net/https-request';
import { checkSharePointUrl } from './sharepoint-url';

/** The Graph permission that reading `/sites/root` needs. */
export const SITE_DISCOVERY_SCOPE = 'Sites.Read.All';

export function sharePointTargetFrom(siteUrl: string, cloud: CloudEndpoints): SharePointTarget {
  const check = checkSharePointUrl(siteUrl, cloud);
  if (!check.ok) throw new ProblemError(check.problem);
  return check.target;
}

export async function discoverRootSite(
  http: HttpsClient,
  cloud: CloudEndpoints,
  graphAccessToken: string,
): Promise<SharePointTarget> {
  const graph = graphOf(cloud);
  const res = await http.send({
    method: 'GET',
    url: `${graph.baseUrl}/v1.0/sites/root?$select=webUrl`,
    headers: { authorization: `Bearer ${graphAccessToken}`, accept: 'application/json' },
  });
  const webUrl =
    res.status === 200 ? (JSON.parse(res.text) as { webUrl?: unknown }).webUrl : undefined;
  if (typeof webUrl !== 'string') {
    throw new ProblemError({
      code: 'sharepoint_not_discovered',
      message: `Could not find your SharePoint root site through Microsoft Graph (HTTP ${res.status}).`,
      hint: 'Enter your SharePoint URL instead, e.g. https://contoso.sharepoint.com.',
    });
  }
  return sharePointTargetFrom(webUrl, cloud);
}

/** The cloud's Microsoft Graph, through which the root site is found. */
export function graphOf(cloud: CloudEndpoints) {
  const graph = cloud.resources.graph;
  if (!graph)
    throw new ProblemError({ code: 'no_graph', message: 'This cloud has no Microsoft Graph.' });
  return graph;
}
