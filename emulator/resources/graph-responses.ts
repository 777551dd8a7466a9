import { randomUUID } from 'node:crypto';
import type { FallbackAnswers } from '../http/fallback-answers.js';
import { lastSegment } from '../http/fallback-answers.js';
import type { RequestContext } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import type { BearerFailure } from './bearer-verifier.js';

/** Graph's wording for each bearer failure (status, error code, message). */
const bearerFailureAnswers: Record<
  BearerFailure,
  { status: 401 | 403; code: string; message: string }
> = {
  missing: { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
  malformed: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'IDX14100: JWT is not well formed.',
  },
  invalid_signature: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token validation failure.',
  },
  expired: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token has expired or is not yet valid.',
  },
  wrong_audience: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token validation failure. Invalid audience.',
  },
  wrong_issuer: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token validation failure. Invalid issuer.',
  },
  insufficient_scope: {
    status: 403,
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
};

/** Headers Graph puts on every answer; `request-id` is what support asks for. */
function graphHeaders(http: RequestContext): Record<string, string> {
  const clientRequestId = http.req.headers['client-request-id'];
  return {
    'request-id': randomUUID(),
    'client-request-id': typeof clientRequestId === 'string' ? clientRequestId : randomUUID(),
  };
}

/** Sends a Graph success body (201 for a created object). */
export function sendGraphJson(http: RequestContext, body: unknown, status = 200): void {
  sendJson(http.res, status, body, { ...graphHeaders(http), 'odata-version': '4.0' });
}

/** Sends a Graph error body: `{error:{code,message,innerError:{date,request-id,client-request-id}}}`. */
export function sendGraphError(
  http: RequestContext,
  status: number,
  code: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  const headers = graphHeaders(http);
  sendJson(
    http.res,
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': headers['request-id'],
          'client-request-id': headers['client-request-id'],
        },
      },
    },
    { ...headers, ...extraHeaders },
  );
}

/** How an endpoint words a 403 for missing scopes, where it differs from the directory's. */
export interface GraphDenial {
  code: string;
  message: string;
}

/** Answers a refused bearer token like Graph, with a `WWW-Authenticate` challenge on 401. */
export function sendGraphBearerFailure(
  http: RequestContext,
  failure: BearerFailure,
  authorityUrl: string,
  denial?: GraphDenial,
): void {
  const answer =
    failure === 'insufficient_scope' && denial
      ? { status: 403, ...denial }
      : bearerFailureAnswers[failure];
  const challenge: Record<string, string> =
    answer.status === 401
      ? {
          'www-authenticate': `Bearer realm="", authorization_uri="${authorityUrl}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
        }
      : {};
  sendGraphError(http, answer.status, answer.code, answer.message, challenge);
}

/** Graph's API versions; another first segment is "Invalid version". */
const GRAPH_VERSIONS = ['v1.0', 'beta'];

/**
 * Graph's refusals for what no route handles: a segment it has no resource for is 400
 * BadRequest "Resource not found for the segment", as Graph answers; a method the resource does
 * not take is 405.
 */
export const graphFallback: FallbackAnswers = {
  notFound: (http) => {
    const version = http.url.pathname.split('/').filter(Boolean)[1] ?? '';
    if (!GRAPH_VERSIONS.includes(version.toLowerCase()))
      return sendGraphError(http, 400, 'BadRequest', `Invalid version: ${version}`);
    sendGraphError(
      http,
      400,
      'BadRequest',
      `Resource not found for the segment '${lastSegment(http)}'.`,
    );
  },
  methodNotAllowed: (http) =>
    sendGraphError(
      http,
      405,
      'Request_BadRequest',
      'Specified HTTP method is not allowed for the request uri.',
    ),
  badBody: (http) =>
    sendGraphError(
      http,
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    ),
  internalError: (http) => sendGraphError(http, 500, 'UnknownError', ''),
  busy: (http, status, retryHeaders) =>
    status === 429
      ? sendGraphError(http, 429, 'TooManyRequests', 'Too many requests.', retryHeaders)
      : sendGraphError(
          http,
          status,
          'serviceNotAvailable',
          'The service is temporarily unavailable. Try again later.',
          retryHeaders,
        ),
};
