import { randomUUID } from 'node:crypto';
import { azureServiceManagement } from '../directory/resource-apis.js';
import { stableGuid } from '../directory/stable-ids.js';
import { hasAnyRole } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { FallbackAnswers } from '../http/fallback-answers.js';
import { requestedUrl } from '../http/fallback-answers.js';
import type { RequestContext, Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { withBearer } from './bearer-guard.js';
import type { AccessTokenClaims, BearerFailure } from './bearer-verifier.js';

/** Where Azure Resource Manager lives (ReadyInfo `resources.azureManagement.baseUrl`). */
export const AZURE_BASE_PATH = '/azure';

/** ARM accepts both its own and the classic Service Management audience, with or without `/`. */
const allowedAudiences = azureServiceManagement.audiences.flatMap((a) => [`${a}/`, a]);

/**
 * Registers `GET /subscriptions?api-version=...`. The sandbox has one subscription on which
 * only the Global Administrator holds an RBAC role (Owner); others list none, as in Azure. An
 * app is authorized the same way (by RBAC, not by app roles in its token): the sandbox's apps
 * hold no role, so they list none either.
 */
export function addAzureResourceManagerRoutes(router: Router, ctx: EmulatorContext): void {
  router.add('GET', `${AZURE_BASE_PATH}/subscriptions`, (http) =>
    withBearer(
      ctx,
      http,
      {
        audience: azureServiceManagement.audiences,
        anyOfScopes: ['user_impersonation'],
        appsByOwnRoles: true,
      },
      (h, failure, claims) => sendArmBearerFailure(h, failure, claims, h.site.authority),
      ({ claims, user }) => {
        if (!http.url.searchParams.get('api-version')) {
          sendArmError(
            http,
            400,
            'MissingApiVersionParameter',
            'The api-version query parameter (?api-version=) is required for all requests.',
          );
          return;
        }
        const owner = claims.idtyp !== 'app' && user && hasAnyRole(user, ['Global Administrator']);
        const visible = owner ? [subscriptionOf(claims.tid)] : [];
        sendJson(
          http.res,
          200,
          { value: visible, count: { type: 'Total', value: visible.length } },
          armHeaders(),
        );
      },
    ),
  );
}

/** The sandbox subscription; its id is derived from the tenant so it survives restarts. */
function subscriptionOf(tenantId: string) {
  const subscriptionId = stableGuid(tenantId, 'subscription');
  return {
    id: `/subscriptions/${subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId,
    tenantId,
    displayName: 'Sandbox subscription',
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off',
    },
  };
}

function armHeaders(): Record<string, string> {
  return {
    'x-ms-request-id': randomUUID(),
    'x-ms-correlation-request-id': randomUUID(),
  };
}

/** ARM's error body: `{"error":{"code","message"}}`. */
function sendArmError(
  http: RequestContext,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): void {
  sendJson(http.res, status, { error: { code, message } }, { ...armHeaders(), ...extra });
}

function utc(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** ARM's code and message for each refusal; the expired one quotes the times like ARM does. */
function armFailure(
  failure: BearerFailure,
  claims: AccessTokenClaims | undefined,
): [number, string, string] {
  switch (failure) {
    case 'missing':
      return [
        401,
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
      ];
    case 'expired':
      return [
        401,
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${utc(claims?.exp ?? 0)}' is earlier than current UTC time '${utc(Date.now() / 1000)}'.`,
      ];
    case 'wrong_audience':
      return [
        401,
        'InvalidAuthenticationTokenAudience',
        `The access token has been obtained for wrong audience or resource '${String(claims?.aud ?? '')}'. It should exactly match with one of the allowed audiences ${allowedAudiences.map((a) => `'${a}'`).join(',')}.`,
      ];
    case 'insufficient_scope':
      return [
        403,
        'AuthorizationFailed',
        `The client '${claims?.oid ?? ''}' with object id '${claims?.oid ?? ''}' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/subscriptions' or the scope is invalid.`,
      ];
    default:
      return [401, 'InvalidAuthenticationToken', 'The access token is invalid.'];
  }
}

function sendArmBearerFailure(
  http: RequestContext,
  failure: BearerFailure,
  claims: AccessTokenClaims | undefined,
  authorityUrl: string,
): void {
  const [status, code, message] = armFailure(failure, claims);
  const challenge: Record<string, string> =
    status === 401
      ? {
          'www-authenticate': `Bearer authorization_uri="${authorityUrl}/", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`,
        }
      : {};
  sendArmError(http, status, code, message, challenge);
}

/** ARM's refusals for what no route handles, in its `{"error":{"code","message"}}` shape. */
export const armFallback: FallbackAnswers = {
  notFound: (http) =>
    sendArmError(
      http,
      404,
      'NotFound',
      `No HTTP resource was found that matches the request URI '${requestedUrl(http)}'.`,
    ),
  methodNotAllowed: (http) =>
    sendArmError(
      http,
      405,
      'MethodNotAllowed',
      `The requested resource does not support http method '${http.req.method ?? 'GET'}'.`,
    ),
  badBody: (http, error) =>
    sendArmError(
      http,
      error.status,
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${error.message}'.`,
    ),
  internalError: (http) =>
    sendArmError(http, 500, 'InternalServerError', 'Encountered internal server error.'),
};
