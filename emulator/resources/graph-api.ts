import {
  sharePointHosts,
  sharePointRootUrl,
  sharePointSites,
} from '../directory/sharepoint-tenant.js';
import { stableGuid } from '../directory/stable-ids.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { addGraphRoute, graphContext } from './graph/graph-route.js';
import type { GraphHandler } from './graph/graph-route.js';
import { sendGraphError, sendGraphJson } from './graph-responses.js';
import type { GraphDenial } from './graph-responses.js';
import { addMemberOfRoutes } from './graph/member-of-routes.js';
import { addUserRoutes, sendGraphUser } from './graph/users-routes.js';
import { applySelect, selectParam } from './odata-select.js';

export { GRAPH_BASE_PATH } from './graph/graph-route.js';

/** Least-privileged delegated permissions per endpoint, from Graph's permission tables. */
const readMe = ['User.Read', 'User.Read.All', 'Directory.Read.All', 'Directory.AccessAsUser.All'];
const readOrg = [
  'User.Read',
  'Organization.Read.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
];
/** Application permissions per endpoint, for app-only tokens. */
const appRoles: Record<string, string[]> = {
  '/me': ['User.Read.All', 'Directory.Read.All'],
  '/organization': ['Organization.Read.All', 'Directory.Read.All'],
  '/sites/root': ['Sites.Read.All', 'Sites.FullControl.All'],
};
const readSites = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
];

/** Sites endpoints are served by SharePoint behind Graph and word a refusal their own way. */
const sitesDenial: GraphDenial = { code: 'accessDenied', message: 'Access denied' };

/**
 * Registers the Microsoft Graph slice: `/v1.0/me`, `/v1.0/me/memberOf`, `/v1.0/organization`,
 * `/v1.0/users` (and one user) and `/v1.0/sites/root` (how clients discover the tenant's
 * SharePoint URL).
 */
export function addGraphRoutes(router: Router, ctx: EmulatorContext): void {
  const route = (path: string, scopes: string[], handler: GraphHandler, denial?: GraphDenial) =>
    addGraphRoute(
      router,
      ctx,
      'GET',
      path,
      {
        scopes,
        roles: appRoles[path] ?? [],
        ...(denial ? { denial } : {}),
      },
      handler,
    );

  addUserRoutes(router, ctx);
  addMemberOfRoutes(router, ctx);

  route('/me', readMe, (http, { claims, user }) => {
    if (claims.idtyp === 'app') {
      // An app has no "me"; Graph says so instead of looking the service principal up.
      sendGraphError(
        http,
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      );
      return;
    }
    if (!user) {
      sendGraphError(
        http,
        404,
        'Request_ResourceNotFound',
        `Resource '${claims.oid}' does not exist or one of its queried reference-property objects are not present.`,
      );
      return;
    }
    sendGraphUser(http, user);
  });

  route('/organization', readOrg, (http, { claims }) => {
    const tenants = ctx.directory.tenants.filter((t) => t.id === claims.tid);
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'organization'),
      value: tenants.map((tenant) => ({
        id: tenant.id,
        displayName: tenant.displayName,
        tenantType: 'AAD',
        countryLetterCode: 'US',
        verifiedDomains: [
          {
            capabilities: 'Email, OfficeCommunicationsOnline',
            isDefault: true,
            isInitial: true,
            name: tenant.domain,
            type: 'Managed',
          },
        ],
      })),
    });
  });

  route(
    '/sites/root',
    readSites,
    (http, { claims }) => {
      const select = selectParam(http.url);
      const root = sharePointSites[0];
      sendGraphJson(
        http,
        applySelect(
          {
            '@odata.context': graphContext(http, `sites${select ? `(${select})` : ''}/$entity`),
            createdDateTime: '2024-01-01T08:00:00Z',
            description: '',
            id: `${sharePointHosts.root},${stableGuid(claims.tid, 'site')},${stableGuid(claims.tid, 'web')}`,
            lastModifiedDateTime: '2024-01-01T08:00:00Z',
            name: '',
            webUrl: sharePointRootUrl,
            displayName: root?.title ?? '',
            root: {},
            siteCollection: { hostname: sharePointHosts.root },
          },
          select,
        ),
      );
    },
    sitesDenial,
  );
}
