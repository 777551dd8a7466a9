import { managementApis } from '../directory/resource-apis.js';
import { hasAnyRole } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { FallbackAnswers } from '../http/fallback-answers.js';
import { requestedUrl } from '../http/fallback-answers.js';
import type { RequestContext, Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { withBearer } from './bearer-guard.js';
import type { BearerFailure } from './bearer-verifier.js';

/** Where the Office 365 Management Activity API lives (ReadyInfo `resources.managementApi.baseUrl`). */
export const MANAGEMENT_BASE_PATH = '/manage';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Content types with an enabled subscription in the sandbox (as after `subscriptions/start`). */
const subscribedContentTypes = [
  'Audit.AzureActiveDirectory',
  'Audit.Exchange',
  'Audit.SharePoint',
  'Audit.General',
];

/**
 * Registers `GET /api/v1.0/{tenantId}/activity/feed/subscriptions/list`. Needs ActivityFeed.Read
 * in `scp` and, because delegated rights are intersected with the user's, a Global
 * Administrator. Real tenants also let some compliance roles (e.g. Compliance Administrator,
 * View-Only Audit Logs) read the feed; the sandbox has no such accounts.
 */
export function addManagementActivityRoutes(router: Router, ctx: EmulatorContext): void {
  router.add(
    'GET',
    `${MANAGEMENT_BASE_PATH}/api/v1.0/:tenantId/activity/feed/subscriptions/list`,
    (http) =>
      withBearer(
        ctx,
        http,
        {
          audience: managementApis.audience,
          anyOfScopes: ['ActivityFeed.Read'],
          anyOfRoles: ['ActivityFeed.Read'],
        },
        (h, failure, claims) => sendManagementBearerFailure(h, failure, claims?.scp),
        ({ claims, user }) => {
          const tenantInUrl = http.params.tenantId ?? '';
          if (!GUID.test(tenantInUrl)) {
            sendManagementError(
              http,
              400,
              'AF20013',
              `The tenant ID passed in the URL (${tenantInUrl}) is not a valid GUID.`,
            );
          } else if (tenantInUrl.toLowerCase() !== claims.tid) {
            sendManagementError(
              http,
              400,
              'AF20010',
              `The tenant ID passed in the URL (${tenantInUrl}) does not match the tenant ID passed in the access token (${claims.tid}).`,
            );
          } else if (
            claims.idtyp !== 'app' &&
            (!user || !hasAnyRole(user, ['Global Administrator']))
          ) {
            sendManagementError(http, 403, 'Forbidden', auditRoleMessage(user?.userPrincipalName));
          } else {
            sendJson(
              http.res,
              200,
              subscribedContentTypes.map((contentType) => ({
                contentType,
                status: 'enabled',
                webhook: null,
              })),
            );
          }
        },
      ),
  );
}

/**
 * The token carries ActivityFeed.Read, but the person may not read the audit log. The reference
 * documents no AF code for this (AF10001 is for a token without the permission, and answering it
 * here would claim a permission is missing that the token carries), so the sandbox answers a
 * plain 403 that says what is wrong.
 */
function auditRoleMessage(upn: string | undefined): string {
  const who = upn ? `The signed-in user ${upn}` : 'The signed-in user';
  return `${who} is not allowed to read this tenant's audit log.`;
}

/** AF10001 as documented in the API reference's error table. */
function permissionSetMessage(scp: string | undefined): string {
  return `The permission set (${scp ?? ''}) sent in the request did not include the expected permission ActivityFeed.Read.`;
}

/** The API's documented error body: `{"error":{"code":"AF...","message":"..."}}`. */
function sendManagementError(
  http: RequestContext,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(http.res, status, { error: { code, message } });
}

/**
 * A refused token. Missing scopes are AF10001; for bad tokens the reference documents no
 * AF code, so the emulator answers the ASP.NET Web API message the service is built on.
 */
function sendManagementBearerFailure(
  http: RequestContext,
  failure: BearerFailure,
  scp: string | undefined,
): void {
  if (failure === 'insufficient_scope') {
    sendManagementError(http, 403, 'AF10001', permissionSetMessage(scp));
    return;
  }
  sendJson(
    http.res,
    401,
    { Message: 'Authorization has been denied for this request.' },
    {
      'www-authenticate': `Bearer error="invalid_token", resource_id="${managementApis.audience}"`,
    },
  );
}

/**
 * The API's refusals for what no route handles: unknown routes and methods in the body of the
 * ASP.NET Web API it is built on, unreadable bodies and failures as its documented AF codes.
 */
export const managementFallback: FallbackAnswers = {
  notFound: (http) =>
    sendJson(http.res, 404, {
      Message: `No HTTP resource was found that matches the request URI '${requestedUrl(http)}'.`,
    }),
  methodNotAllowed: (http) =>
    sendJson(http.res, 405, {
      Message: `The requested resource does not support http method '${http.req.method ?? 'GET'}'.`,
    }),
  badBody: (http, error) =>
    sendManagementError(http, 400, 'AF20002', `Invalid parameter: ${error.message}`),
  internalError: (http) =>
    sendManagementError(http, 500, 'AF50000', 'An internal error occurred. Retry the request.'),
};
