import { sharePointHosts } from './directory/sharepoint-tenant.js';
import { PUBLIC_LOGIN_HOST } from './directory/tenants.js';
import type { HostRoute } from './http/request-site.js';
import { AZURE_BASE_PATH } from './resources/azure-resource-manager-api.js';
import { GRAPH_BASE_PATH } from './resources/graph/graph-route.js';
import { MANAGEMENT_BASE_PATH } from './resources/management-activity-api.js';
import { SHAREPOINT_BASE_PATH, sharePointHostSegment } from './resources/sharepoint-api.js';
import { YAMMER_BASE_PATH } from './resources/viva-engage-api.js';

/**
 * Microsoft's host names the sandbox answers for (through its proxy, or a reverse proxy that
 * keeps the Host header), and where each one's routes live in the emulator. Every other host is
 * someone else's: the proxy refuses it.
 */
export const sandboxHostRoutes: readonly HostRoute[] = [
  // The identity platform's paths are the emulator's own (`/{tenant}/oauth2/v2.0/token`).
  { host: PUBLIC_LOGIN_HOST, prefix: '' },
  { host: 'graph.microsoft.com', prefix: GRAPH_BASE_PATH },
  ...[sharePointHosts.root, sharePointHosts.admin].map((host) => ({
    host,
    prefix: `${SHAREPOINT_BASE_PATH}/${sharePointHostSegment(host)}`,
  })),
  { host: 'manage.office.com', prefix: MANAGEMENT_BASE_PATH },
  { host: 'management.azure.com', prefix: AZURE_BASE_PATH },
  { host: 'api.yammer.com', prefix: YAMMER_BASE_PATH },
  { host: 'www.yammer.com', prefix: YAMMER_BASE_PATH },
];
