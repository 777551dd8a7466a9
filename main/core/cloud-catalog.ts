/**
 * Where each cloud's identity platform and service endpoints live. One catalog serves the
 * whole app: MSAL's authority, the probes, the SharePoint URL check and the panels all read it.
 */
import type { CloudId } from '../../preload/contract';

export interface ResourceEndpoint {
  /** The token audience, e.g. `https://graph.microsoft.com`. Scopes are written against it. */
  audience: string;
  /** Where requests go, e.g. `https://graph.microsoft.com` (or the sandbox's loopback path). */
  baseUrl: string;
}

/** Services reached through one fixed endpoint per cloud (SharePoint is per tenant). */
export type FixedResource = 'graph' | 'managementApi' | 'azureManagement' | 'vivaEngage';

export interface CloudEndpoints {
  id: CloudId;
  label: string;
  /** `https://login.microsoftonline.com`, or the sandbox emulator's origin. */
  authorityHost: string;
  /**
   * The origin tokens name as their issuer (`iss`), where it is not the authority host: China's
   * identity platform answers at login.chinacloudapi.cn but issues as its partner host.
   */
  issuerHost?: string;
  /** Undefined where the service does not exist in that cloud (Viva Engage outside Public). */
  resources: Partial<Record<FixedResource, ResourceEndpoint>>;
  /** SharePoint Online host suffix: tenants are `{name}.{suffix}` and `{name}-admin.{suffix}`. */
  sharePointSuffix: string;
  /** Where a SharePoint origin is really served (the sandbox maps public hosts to loopback). */
  sharePointBaseUrl(origin: string): string;
  /** PEM of a private CA to trust for this cloud's origins only (the sandbox's). */
  caPem?: string;
}

const direct = (url: string): ResourceEndpoint => ({ audience: url, baseUrl: url });

function microsoftCloud(
  id: CloudId,
  label: string,
  authorityHost: string,
  sharePointSuffix: string,
  resources: CloudEndpoints['resources'],
): CloudEndpoints {
  return {
    id,
    label,
    authorityHost,
    resources,
    sharePointSuffix,
    sharePointBaseUrl: (origin) => origin,
  };
}

/** Microsoft's clouds, as the CLI for Microsoft 365 names them. */
export const microsoftClouds: readonly CloudEndpoints[] = [
  microsoftCloud(
    'public',
    'Microsoft 365 (worldwide)',
    'https://login.microsoftonline.com',
    'sharepoint.com',
    {
      graph: direct('https://graph.microsoft.com'),
      managementApi: direct('https://manage.office.com'),
      azureManagement: direct('https://management.azure.com'),
      vivaEngage: { audience: 'https://api.yammer.com', baseUrl: 'https://www.yammer.com' },
    },
  ),
  microsoftCloud(
    'usgov',
    'US Government (GCC)',
    'https://login.microsoftonline.com',
    'sharepoint.com',
    {
      graph: direct('https://graph.microsoft.com'),
      managementApi: direct('https://manage-gcc.office.com'),
      azureManagement: direct('https://management.azure.com'),
      vivaEngage: { audience: 'https://api.yammer.com', baseUrl: 'https://www.yammer.com' },
    },
  ),
  microsoftCloud(
    'usgovhigh',
    'US Government (GCC High)',
    'https://login.microsoftonline.us',
    'sharepoint.us',
    {
      graph: direct('https://graph.microsoft.us'),
      managementApi: direct('https://manage.office365.us'),
      azureManagement: direct('https://management.usgovcloudapi.net'),
    },
  ),
  microsoftCloud(
    'usgovdod',
    'US Government (DoD)',
    'https://login.microsoftonline.us',
    'sharepoint-mil.us',
    {
      graph: direct('https://dod-graph.microsoft.us'),
      managementApi: direct('https://manage.protection.apps.mil'),
      azureManagement: direct('https://management.usgovcloudapi.net'),
    },
  ),
  {
    ...microsoftCloud(
      'china',
      'China (21Vianet)',
      'https://login.chinacloudapi.cn',
      'sharepoint.cn',
      {
        graph: direct('https://microsoftgraph.chinacloudapi.cn'),
        // Not confirmed from a public source yet (the other clouds' hosts are).
        managementApi: direct('https://manage.office.cn'),
        azureManagement: direct('https://management.chinacloudapi.cn'),
      },
    ),
    // The issuer of login.chinacloudapi.cn's OpenID document, as earlier msal-common releases
    // carried it built in (the installed one lists China under the partner host instead).
    issuerHost: 'https://login.partner.microsoftonline.cn',
  },
];

export function findMicrosoftCloud(id: CloudId): CloudEndpoints | undefined {
  return microsoftClouds.find((c) => c.id === id);
}

/** What the sandbox emulator reports when it is ready (a subset of its ready line). */
export interface SandboxReadyInfo {
  url: string;
  caFile: string;
  tenantId: string;
  tenantDomain: string;
  publicClientId: string;
  resources: Record<'graph', ResourceEndpoint> &
    Partial<Record<FixedResource | 'sharepoint', ResourceEndpoint>>;
  sharepoint?: { rootUrl: string; adminUrl: string; rootBaseUrl: string; adminBaseUrl: string };
}

/** The sandbox tenant's endpoints, built from the running emulator's ready information. */
export function sandboxCloud(info: SandboxReadyInfo, caPem: string): CloudEndpoints {
  const { sharepoint: sp, resources } = info;
  const routes = new Map(
    sp
      ? [
          [origin(sp.rootUrl), sp.rootBaseUrl],
          [origin(sp.adminUrl), sp.adminBaseUrl],
        ]
      : [],
  );
  return {
    id: 'sandbox',
    label: 'Sandbox tenant (offline)',
    authorityHost: info.url,
    resources: {
      graph: resources.graph,
      ...(resources.managementApi ? { managementApi: resources.managementApi } : {}),
      ...(resources.azureManagement ? { azureManagement: resources.azureManagement } : {}),
      ...(resources.vivaEngage ? { vivaEngage: resources.vivaEngage } : {}),
    },
    sharePointSuffix: sp
      ? new URL(sp.rootUrl).hostname.split('.').slice(1).join('.')
      : 'sharepoint.com',
    // Hosts the sandbox does not serve stay as they are: the token service refuses them anyway.
    sharePointBaseUrl: (o) => routes.get(o) ?? o,
    caPem,
  };
}

const origin = (url: string) => new URL(url).origin;
