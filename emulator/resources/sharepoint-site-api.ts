import { randomBytes } from 'node:crypto';
import { stableGuid } from '../directory/stable-ids.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { applySelect, selectParam } from './odata-select.js';
import { addSharePointApiRoute } from './sharepoint-api-route.js';
import { sendSharePointJson, wantsVerbose } from './sharepoint-responses.js';

/** How long a form digest is good for, as SharePoint Online answers. */
const FORM_DIGEST_SECONDS = 1800;
/** The server version `_api/contextinfo` reports (SharePoint Online's major version is 16). */
const LIBRARY_VERSION = '16.0.25919.12007';
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * Registers what admin tools call next to `_api/web`: `GET _api/site` (the site collection of
 * the URL), `GET _api/web/webs` (its subsites; the sandbox's sites have none) and
 * `POST _api/contextinfo`, the form digest every SharePoint REST write sends as
 * `X-RequestDigest`. Same hosts, sites and permissions as `_api/web`.
 */
export function addSharePointSiteRoutes(router: Router, ctx: EmulatorContext): void {
  addSharePointApiRoute(router, ctx, 'GET', '/site', (http, web, { claims }) => {
    const verbose = wantsVerbose(http);
    const entity = {
      ...(verbose
        ? {
            __metadata: {
              id: `${web.url}/_api/site`,
              uri: `${web.url}/_api/site`,
              type: 'SP.Site',
            },
          }
        : {}),
      Classification: '',
      GroupId: web.webTemplate === 'GROUP' ? stableGuid(claims.tid, 'group', web.url) : EMPTY_GUID,
      HubSiteId: EMPTY_GUID,
      Id: stableGuid(claims.tid, 'site', web.url),
      IsHubSite: false,
      ReadOnly: false,
      ServerRelativeUrl: web.serverRelativeUrl,
      Url: web.url,
    };
    sendSharePointJson(http, applySelect(entity, selectParam(http.url)));
  });

  addSharePointApiRoute(router, ctx, 'GET', '/web/webs', (http) => {
    const verbose = wantsVerbose(http);
    // sendSharePointJson wraps verbose answers in `d`; a collection is `{results}` inside it.
    sendSharePointJson(http, verbose ? { results: [] } : { value: [] });
  });

  addSharePointApiRoute(router, ctx, 'POST', '/contextinfo', (http, web) => {
    http.req.resume(); // the body (usually empty) is not read
    const info = {
      FormDigestTimeoutSeconds: FORM_DIGEST_SECONDS,
      FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${digestDate(new Date())}`,
      LibraryVersion: LIBRARY_VERSION,
      SiteFullUrl: web.url,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: web.url,
    };
    if (!wantsVerbose(http)) return sendSharePointJson(http, info);
    sendSharePointJson(http, {
      GetContextWebInformation: {
        __metadata: { type: 'SP.ContextWebInformation' },
        ...info,
        SupportedSchemaVersions: {
          __metadata: { type: 'Collection(Edm.String)' },
          results: info.SupportedSchemaVersions,
        },
      },
    });
  });
}

/** `07 Jan 2025 10:30:00 -0000`, the time stamp SharePoint appends to a form digest. */
function digestDate(date: Date): string {
  const [, day, month, year, time] = date.toUTCString().split(' ');
  return `${day} ${month} ${year} ${time} -0000`;
}
