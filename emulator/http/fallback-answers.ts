import type { BodyError } from './request-body.js';
import { sendJson } from './responses.js';
import type { RequestContext } from './router.js';

/**
 * How one service refuses what no route of it handles, in its own shape and status: a path it
 * does not have, a method the path does not take, a body it cannot read, an internal failure.
 * The router's fallback picks the service by the path's prefix, so no refusal ever comes in
 * another service's words or names the emulator's own prefixes.
 */
export interface FallbackAnswers {
  notFound(http: RequestContext): void;
  methodNotAllowed(http: RequestContext, allowed: readonly string[]): void;
  badBody(http: RequestContext, error: BodyError): void;
  internalError(http: RequestContext): void;
  /** A scripted 429 or 5xx (see RouteFaults); without one of its own, {@link sendBusy}'s. */
  busy?(http: RequestContext, status: number, retryHeaders: Record<string, string>): void;
}

/** A service's fallback and where its routes are mounted (`/graph`, `/sharepoint`, ...). */
export interface FallbackMount {
  prefix: string;
  answers: FallbackAnswers;
}

/** The fallback of the service that owns `path`, else `otherwise` (the identity platform). */
export function fallbackFor(
  mounts: readonly FallbackMount[],
  path: string,
  otherwise: FallbackAnswers,
): FallbackAnswers {
  const lower = path.toLowerCase();
  const owner = mounts.find((m) => lower === m.prefix || lower.startsWith(`${m.prefix}/`));
  return owner?.answers ?? otherwise;
}

/** The request's URL as the client sent it (its host, its path), for refusals that quote it. */
export function requestedUrl(http: RequestContext): string {
  return http.site.publicUrl(`${http.url.pathname}${http.url.search}`);
}

/** The last non-empty segment of the request path, decoded where possible. */
export function lastSegment(http: RequestContext): string {
  const segment = http.url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `Retry-After` for a scripted answer, when it has one. */
export const retryAfterHeaders = (seconds: number | undefined): Record<string, string> =>
  seconds === undefined ? {} : { 'retry-after': String(seconds) };

/** A scripted 429 or 5xx in the `{error:{code,message}}` shape most Microsoft APIs share. */
export function sendBusy(
  http: RequestContext,
  status: number,
  retryHeaders: Record<string, string>,
): void {
  const throttled = status === 429;
  sendJson(
    http.res,
    status,
    {
      error: {
        code: throttled ? 'TooManyRequests' : 'ServiceUnavailable',
        message: throttled
          ? 'Too many requests (scripted by the emulator).'
          : 'The service is temporarily unavailable (scripted by the emulator).',
      },
    },
    retryHeaders,
  );
}
