import {
  sharePointHosts,
  sharePointRootUrl,
  sharePointSites,
} from '../directory/sharepoint-tenant.js';
import { stableGuid } from '../directory/stable-ids.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { GRAPH_V1, addGraphRoute, graphContext } from './graph/graph-route.js';
import type { GraphHandler } from './graph/graph-route.js';
import { sendGraphError, sendGraphJson } from './graph-responses.js';
import type { GraphDenial } from './graph-responses.js';
import { applySelect, selectParam } from './odata-select.js';

export { GRAPH_BASE_PATH } from './graph/graph-route.js';

/** Graph's page size for `/users` when `$top` is absent. */
const DEFAULT_PAGE_SIZE = 100;

/** Least-privileged delegated permissions per endpoint, from Graph's permission tables. */
const readMe = ['User.Read', 'User.Read.All', 'Directory.Read.All', 'Directory.AccessAsUser.All'];
const readOrg = [
  'User.Read',
  'Organization.Read.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
];
const readUsers = [
  'User.ReadBasic.All',
  'User.Read.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
];
/** Application permissions per endpoint, for app-only tokens. */
const appRoles: Record<string, string[]> = {
  '/me': ['User.Read.All', 'Directory.Read.All'],
  '/organization': ['Organization.Read.All', 'Directory.Read.All'],
  '/users': ['User.Read.All', 'Directory.Read.All'],
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
 * Registers the Microsoft Graph slice: `/v1.0/me`, `/v1.0/organization`, `/v1.0/users` and
 * `/v1.0/sites/root` (how clients discover the tenant's SharePoint URL).
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
    sendGraphJson(http, {
      '@odata.context': graphContext(ctx, 'users/$entity'),
      ...graphUser(user),
    });
  });

  route('/organization', readOrg, (http, { claims }) => {
    const tenants = ctx.directory.tenants.filter((t) => t.id === claims.tid);
    sendGraphJson(http, {
      '@odata.context': graphContext(ctx, 'organization'),
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

  // Members may read the directory by default, so the token's scope is the only gate here.
  route('/users', readUsers, (http, { claims }) => {
    const page = pageOf(http.url);
    if (!page) {
      sendGraphError(
        http,
        400,
        'Request_UnsupportedQuery',
        `Invalid page size specified: '${http.url.searchParams.get('$top')}'. Must be between 1 and 999 inclusive.`,
      );
      return;
    }
    const users = ctx.directory.users.filter((u) => u.tenantId === claims.tid);
    const slice = users.slice(page.skip, page.skip + page.top);
    const next = page.skip + page.top;
    sendGraphJson(http, {
      '@odata.context': graphContext(ctx, 'users'),
      ...(next < users.length
        ? {
            '@odata.nextLink': `${ctx.url}${GRAPH_V1}/users?$top=${page.top}&$skiptoken=${skipToken(next)}`,
          }
        : {}),
      value: slice.map(graphUser),
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
            '@odata.context': graphContext(ctx, `sites${select ? `(${select})` : ''}/$entity`),
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

/** A user with Graph's default `$select` set, as `/me` and `/users` return it. */
function graphUser(user: User): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.userPrincipalName,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/** `$top` and the opaque `$skiptoken` of a `/users` page; undefined for an invalid `$top`. */
function pageOf(url: URL): { top: number; skip: number } | undefined {
  const topParam = url.searchParams.get('$top');
  const top = topParam === null ? DEFAULT_PAGE_SIZE : Number(topParam);
  if (!Number.isInteger(top) || top < 1 || top > 999) return undefined;
  const token = url.searchParams.get('$skiptoken');
  const skip = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) || 0 : 0;
  return { top, skip: Math.max(0, skip) };
}

function skipToken(offset: number): string {
  return Buffer.from(String(offset)).toString('base64url');
}
