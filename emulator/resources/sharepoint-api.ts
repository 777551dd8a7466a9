import {
  SHAREPOINT_ADMIN_TITLE,
  findSharePointSite,
  sharePointAdminUrl,
  sharePointHosts,
  sharePointRootUrl,
} from '../directory/sharepoint-tenant.js';
import { stableGuid } from '../directory/stable-ids.js';
import { hasAnyRole } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { withBearer } from './bearer-guard.js';
import type { BearerCaller } from './bearer-guard.js';
import { applySelect, selectParam } from './odata-select.js';
import {
  sendSharePointBearerFailure,
  sendSharePointError,
  sendSharePointJson,
  sendUnsupportedAppOnlyToken,
  sharePointErrors,
  wantsVerbose,
} from './sharepoint-responses.js';

/**
 * Where SharePoint hosts are served: `https://contoso-sandbox.sharepoint.com/sites/hr` is
 * `{url}/sharepoint/contoso-sandbox/sites/hr` (ReadyInfo `sharepoint.rootBaseUrl`).
 */
export const SHAREPOINT_BASE_PATH = '/sharepoint';

/** The path segment under {@link SHAREPOINT_BASE_PATH} for a host. */
export function sharePointHostSegment(host: string): string {
  return host.replace(/\.sharepoint\.com$/, '');
}

/** Roles that may open the SharePoint admin center. */
const adminRoles = ['SharePoint Administrator', 'Global Administrator'] as const;

/** The fields of `SP.Web` the emulator knows; `$select` picks from them. */
interface WebFacts {
  title: string;
  url: string;
  serverRelativeUrl: string;
  webTemplate: string;
}

/**
 * Registers `GET {host}/_api/web` and `GET {host}/sites/{name}/_api/web`. The token's audience
 * must be the host asked for; the admin host also needs AllSites.FullControl and an admin role.
 */
export function addSharePointRoutes(router: Router, ctx: EmulatorContext): void {
  const serve = (http: RequestContext, sitePath: string) => {
    const host = `${(http.params.host ?? '').toLowerCase()}.sharepoint.com`;
    const isAdmin = host === sharePointHosts.admin;
    if (!isAdmin && host !== sharePointHosts.root) {
      sendSharePointError(http, sharePointErrors.notFound);
      return Promise.resolve();
    }
    const audience = `https://${host}`;
    const tenantId = ctx.directory.tenants[0]?.id ?? '';
    return withBearer(
      ctx,
      http,
      {
        audience,
        anyOfScopes: isAdmin ? ['AllSites.FullControl'] : ['AllSites.Read', 'AllSites.FullControl'],
        anyOfRoles: isAdmin
          ? ['Sites.FullControl.All']
          : ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.FullControl.All'],
      },
      (h, failure, claims) =>
        sendSharePointBearerFailure(h, failure, tenantId, ctx.url, claims?.aud?.toString()),
      (caller) => {
        // SharePoint accepts app-only tokens only from certificate credentials (appidacr 2).
        if (caller.claims.idtyp === 'app' && caller.claims.appidacr !== '2')
          return sendUnsupportedAppOnlyToken(http);
        const web = isAdmin ? adminWeb(caller, sitePath) : rootHostWeb(sitePath);
        if (typeof web === 'string') sendSharePointError(http, sharePointErrors[web]);
        else sendWeb(http, web, caller.claims.tid);
      },
    );
  };

  router.add('GET', `${SHAREPOINT_BASE_PATH}/:host/_api/web`, (http) => serve(http, ''));
  router.add('GET', `${SHAREPOINT_BASE_PATH}/:host/sites/:site/_api/web`, (http) =>
    serve(http, `/sites/${http.params.site ?? ''}`),
  );
}

function rootHostWeb(sitePath: string): WebFacts | 'notFound' {
  const site = findSharePointSite(sitePath);
  if (!site) return 'notFound';
  return {
    title: site.title,
    url: `${sharePointRootUrl}${site.path}`,
    serverRelativeUrl: site.path || '/',
    webTemplate: site.webTemplate,
  };
}

function adminWeb(
  { claims, user }: BearerCaller,
  sitePath: string,
): WebFacts | 'notFound' | 'accessDenied' {
  if (sitePath) return 'notFound';
  // Effective rights are the token's scopes intersected with the user's own: the scope alone
  // does not open the admin center.
  if (claims.idtyp !== 'app' && (!user || !hasAnyRole(user, adminRoles))) return 'accessDenied';
  return {
    title: SHAREPOINT_ADMIN_TITLE,
    url: sharePointAdminUrl,
    serverRelativeUrl: '/',
    webTemplate: 'TENANTADMIN',
  };
}

function sendWeb(http: RequestContext, web: WebFacts, tenantId: string): void {
  const entity: Record<string, unknown> = {
    ...(wantsVerbose(http)
      ? { __metadata: { id: `${web.url}/_api/Web`, uri: `${web.url}/_api/Web`, type: 'SP.Web' } }
      : {}),
    Created: '2024-01-01T08:00:00',
    Description: '',
    Id: stableGuid(tenantId, 'web', web.url),
    Language: 1033,
    ServerRelativeUrl: web.serverRelativeUrl,
    Title: web.title,
    Url: web.url,
    WebTemplate: web.webTemplate,
  };
  sendSharePointJson(http, applySelect(entity, selectParam(http.url)));
}
