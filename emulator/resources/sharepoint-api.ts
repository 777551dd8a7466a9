import { stableGuid } from '../directory/stable-ids.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { applySelect, selectParam } from './odata-select.js';
import { addSharePointApiRoute } from './sharepoint-api-route.js';
import type { WebFacts } from './sharepoint-api-route.js';
import { sendSharePointJson, wantsVerbose } from './sharepoint-responses.js';
import { addSharePointSiteRoutes } from './sharepoint-site-api.js';

export { SHAREPOINT_BASE_PATH, sharePointHostSegment } from './sharepoint-api-route.js';

/** Registers the SharePoint REST slice: `_api/web`, `_api/site`, `_api/web/webs`, `_api/contextinfo`. */
export function addSharePointRoutes(router: Router, ctx: EmulatorContext): void {
  addSharePointApiRoute(router, ctx, 'GET', '/web', (http, web, { claims }) =>
    sendWeb(http, web, claims.tid),
  );
  addSharePointSiteRoutes(router, ctx);
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
