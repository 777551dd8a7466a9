import { randomUUID } from 'node:crypto';
import { sharePointOnline } from '../directory/resource-apis.js';
import type { FallbackAnswers } from '../http/fallback-answers.js';
import { lastSegment } from '../http/fallback-answers.js';
import type { RequestContext } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import type { BearerFailure } from './bearer-verifier.js';

/** Whether the client asked for the verbose JSON format (`{d: ...}`, `{error: ...}`). */
export function wantsVerbose(http: RequestContext): boolean {
  return /odata=verbose/i.test(http.req.headers.accept ?? '');
}

/** SharePoint's correlation id; `SPRequestGuid` is what its support and ULS logs ask for. */
function sharePointHeaders(verbose: boolean): Record<string, string> {
  const id = randomUUID();
  return {
    'content-type': `application/json;odata=${verbose ? 'verbose' : 'nometadata'};charset=utf-8`,
    sprequestguid: id,
    'request-id': id,
    'x-sharepointhealthscore': '0',
  };
}

/** Sends a SharePoint REST success body in the format the client asked for. */
export function sendSharePointJson(http: RequestContext, body: Record<string, unknown>): void {
  const verbose = wantsVerbose(http);
  sendJson(http.res, 200, verbose ? { d: body } : body, sharePointHeaders(verbose));
}

/** SharePoint's error codes: the HRESULT and the .NET exception, as its REST API writes them. */
export const sharePointErrors = {
  accessDenied: {
    status: 403,
    code: '-2147024891, System.UnauthorizedAccessException',
    message:
      'Access denied. You do not have permission to perform this action or access this resource.',
  },
  notFound: {
    status: 404,
    code: '-2147024894, System.IO.FileNotFoundException',
    message: 'File Not Found.',
  },
} as const;

/** One SharePoint refusal: status, `HRESULT, exception` code and message. */
export interface SharePointError {
  status: number;
  code: string;
  message: string;
}

/** Sends `{"odata.error":{code,message:{lang,value}}}` (`{"error":...}` in verbose mode). */
export function sendSharePointError(
  http: RequestContext,
  error: SharePointError,
  extraHeaders: Record<string, string> = {},
): void {
  const verbose = wantsVerbose(http);
  const body = { code: error.code, message: { lang: 'en-US', value: error.message } };
  sendJson(
    http.res,
    error.status,
    { [verbose ? 'error' : 'odata.error']: body },
    { ...sharePointHeaders(verbose), ...extraHeaders },
  );
}

/** SharePoint's `error_description` per refusal, and its `x-ms-diagnostics` reason where known. */
const unauthorized: Record<Exclude<BearerFailure, 'insufficient_scope'>, [string, string?]> = {
  missing: ['Invalid JWT token. No token was provided.'],
  malformed: ['Invalid JWT token. The token is not in a valid JWT format.'],
  invalid_signature: [
    'Invalid issuer or signature.',
    '3000006;reason="Token contains invalid signature."',
  ],
  expired: ['Invalid JWT token. The token is expired.'],
  wrong_audience: [
    "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown.",
    '3000003;reason="Invalid audience Uri \'{aud}\'.";category="invalid_client"',
  ],
  wrong_issuer: ['Invalid issuer or signature.'],
};

/**
 * Answers a refused token like SharePoint Online: 401 with `{"error_description":...}` and a
 * `WWW-Authenticate: Bearer realm="<tenant id>"` challenge clients read the tenant id from;
 * 403 Access denied for missing scopes.
 */
export function sendSharePointBearerFailure(
  http: RequestContext,
  failure: BearerFailure,
  tenantId: string,
  authorityUrl: string,
  audience: string | undefined,
): void {
  if (failure === 'insufficient_scope') {
    sendSharePointError(http, sharePointErrors.accessDenied);
    return;
  }
  const [description, diagnostics] = unauthorized[failure];
  sendJson(
    http.res,
    401,
    { error_description: description },
    {
      ...sharePointHeaders(false),
      'www-authenticate': `Bearer realm="${tenantId}",client_id="${sharePointOnline.appId}",trusted_issuers="00000001-0000-0000-c000-000000000000@*,${authorityUrl}/*/",authorization_uri="${authorityUrl}/common/oauth2/authorize"`,
      ...(diagnostics ? { 'x-ms-diagnostics': diagnostics.replace('{aud}', audience ?? '') } : {}),
    },
  );
}

/**
 * SharePoint's refusal of an app-only token obtained with a client secret: 401, and the reason
 * in `x-ms-diagnostics`, as SharePoint Online answers such tokens.
 */
export function sendUnsupportedAppOnlyToken(http: RequestContext): void {
  sendJson(
    http.res,
    401,
    { error_description: 'Unsupported app only token.' },
    {
      ...sharePointHeaders(false),
      'x-ms-diagnostics':
        '3001000;reason="There has been an error authenticating the request.";category="invalid_client"',
    },
  );
}

/**
 * SharePoint's refusals for what no route handles: under `_api` a resource it does not have
 * (ResourceNotFoundException), elsewhere a file that is not there; a method the resource does
 * not take is ClientServiceException, in SharePoint's words.
 */
export const sharePointFallback: FallbackAnswers = {
  notFound: (http) =>
    sendSharePointError(
      http,
      /\/_api(\/|$)/i.test(http.url.pathname)
        ? {
            status: 404,
            code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
            message: `Cannot find resource for the request ${lastSegment(http)}.`,
          }
        : sharePointErrors.notFound,
    ),
  methodNotAllowed: (http) =>
    sendSharePointError(http, {
      status: 405,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The HTTP method '${http.req.method ?? 'GET'}' cannot be used to access the resource '${lastSegment(http)}'. Please use correct HTTP method to invoke the resource.`,
    }),
  badBody: (http, error) =>
    sendSharePointError(http, {
      status: error.status,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: 'Invalid JSON. The request body could not be read.',
    }),
  internalError: (http) =>
    sendSharePointError(http, {
      status: 500,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'Unexpected error in the sandbox.',
    }),
  // SharePoint Online's throttling: 429 (or 503 when the farm is busy) with Retry-After.
  busy: (http, status, retryHeaders) =>
    sendSharePointError(
      http,
      {
        status,
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message:
          status === 429
            ? 'The request has been throttled (scripted by the emulator).'
            : 'The server is busy (scripted by the emulator). Try again later.',
      },
      retryHeaders,
    ),
};
