import {
  SHAREPOINT_ADMIN_TITLE,
  findSharePointSite,
  sharePointAdminUrl,
  sharePointHosts,
  sharePointRootUrl,
} from '../directory/sharepoint-tenant.js';
import { hasAnyRole } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { withBearer } from './bearer-guard.js';
import type { BearerCaller } from './bearer-guard.js';
import {
  sendSharePointBearerFailure,
  sendSharePointError,
  sendUnsupportedAppOnlyToken,
  sharePointErrors,
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

/** The web a request's URL names: what `_api/web`, `_api/site` and `_api/contextinfo` describe. */
export interface WebFacts {
  title: string;
  url: string;
  serverRelativeUrl: string;
  webTemplate: string;
}

/** An `_api` endpoint's work once the caller may read the web the URL names. */
export type SharePointHandler = (http: RequestContext, web: WebFacts, caller: BearerCaller) => void;

/**
 * Registers `{host}/_api{api}` and `{host}/sites/{name}/_api{api}`. The token's audience must be
 * the host asked for; the admin host also needs AllSites.FullControl and an admin role; app-only
 * tokens must come from a certificate. Then `handler` gets the web the URL names.
 */
export function addSharePointApiRoute(
  router: Router,
  ctx: EmulatorContext,
  method: string,
  api: string,
  handler: SharePointHandler,
): void {
  const serve = (http: RequestContext, sitePath: string) => {
    const host = `${(http.params.host ?? '').toLowerCase()}.sharepoint.com`;
    const isAdmin = host === sharePointHosts.admin;
    if (!isAdmin && host !== sharePointHosts.root) {
      sendSharePointError(http, sharePointErrors.notFound);
      return Promise.resolve();
    }
    const tenantId = ctx.directory.tenants[0]?.id ?? '';
    return withBearer(
      ctx,
      http,
      {
        audience: `https://${host}`,
        anyOfScopes: isAdmin ? ['AllSites.FullControl'] : ['AllSites.Read', 'AllSites.FullControl'],
        anyOfRoles: isAdmin
          ? ['Sites.FullControl.All']
          : ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.FullControl.All'],
      },
      (h, failure, claims) =>
        sendSharePointBearerFailure(
          h,
          failure,
          tenantId,
          h.site.authority,
          claims?.aud?.toString(),
        ),
      (caller) => {
        // SharePoint accepts app-only tokens only from certificate credentials (appidacr 2).
        if (caller.claims.idtyp === 'app' && caller.claims.appidacr !== '2')
          return sendUnsupportedAppOnlyToken(http);
        const web = isAdmin ? adminWeb(caller, sitePath) : rootHostWeb(sitePath);
        if (typeof web === 'string') sendSharePointError(http, sharePointErrors[web]);
        else handler(http, web, caller);
      },
    );
  };
  router.add(method, `${SHAREPOINT_BASE_PATH}/:host/_api${api}`, (http) => serve(http, ''));
  router.add(method, `${SHAREPOINT_BASE_PATH}/:host/sites/:site/_api${api}`, (http) =>
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
