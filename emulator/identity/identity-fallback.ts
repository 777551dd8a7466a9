import type { FallbackAnswers } from '../http/fallback-answers.js';
import { requestedUrl } from '../http/fallback-answers.js';
import { sendJson } from '../http/responses.js';
import { AadstsError } from './aadsts-errors.js';
import { sendAadstsError } from './protocol-helpers.js';

/**
 * The identity platform's refusals for what no route handles, as OAuth error bodies: a method
 * an endpoint does not take is AADSTS900561, as Entra answers a GET on its token endpoint.
 */
export const identityFallback: FallbackAnswers = {
  notFound: (http) =>
    sendJson(http.res, 404, {
      error: 'invalid_request',
      error_description: `The sandbox's identity platform has no endpoint at ${requestedUrl(http)}.`,
    }),
  methodNotAllowed: (http, allowed) =>
    sendAadstsError(
      http,
      new AadstsError(900561, {
        allowed: [...allowed, 'OPTIONS'].join(', '),
        method: http.req.method ?? 'GET',
      }),
    ),
  badBody: (http, error) =>
    sendJson(http.res, error.status, {
      error: 'invalid_request',
      error_description: error.message,
    }),
  internalError: (http) =>
    sendJson(http.res, 500, {
      error: 'server_error',
      error_description: 'The sandbox identity platform hit an internal error.',
    }),
  // What `failNext` scripts for the token endpoint; MSAL caches 429/5xx with Retry-After.
  busy: (http, status, retryHeaders) => {
    const throttled = status === 429;
    sendJson(
      http.res,
      status,
      {
        error: throttled ? 'too_many_requests' : 'temporarily_unavailable',
        error_description: throttled
          ? 'The request was throttled (scripted by the emulator). Retry after the delay in Retry-After.'
          : 'The service is temporarily unavailable (scripted by the emulator). Try again later.',
      },
      retryHeaders,
    );
  },
};
