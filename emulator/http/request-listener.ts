import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteFaults } from '../control/route-faults.js';
import type { RequestLogEntry } from '../public-api.js';
import { CONTROL_SECRET_HEADER, controlGate, isControlPath } from './control-secret.js';
import { fallbackFor, retryAfterHeaders, sendBusy } from './fallback-answers.js';
import type { FallbackAnswers, FallbackMount } from './fallback-answers.js';
import { BodyError } from './request-body.js';
import { resolveRequestSite } from './request-site.js';
import type { HostRoute } from './request-site.js';
import { sendJson } from './responses.js';
import type { RequestContext, Router } from './router.js';

/** What {@link createRequestListener} needs besides the router. */
export interface RequestListenerOptions {
  baseUrl: () => string;
  log: (entry: RequestLogEntry) => void;
  onError: (error: unknown) => void;
  latencyMs?: () => number;
  /** Network faults scripted per route, met before any route runs. */
  faults?: RouteFaults;
  /** When set, `/_emulator/*` answers only requests carrying it (see control-secret.ts). */
  controlSecret?: string;
  /** Microsoft's host names the emulator answers for, and where their routes live. */
  hostRoutes: readonly HostRoute[];
  /** Believe a proxy's `X-Forwarded-Host` / `Forwarded` header. */
  trustProxyHeaders?: boolean;
  /** Each service's refusals, by where it is mounted; `identity` for every other path. */
  fallbacks: readonly FallbackMount[];
  identity: FallbackAnswers;
}

/**
 * Turns a {@link Router} into a node request listener: works out which host the client reached
 * (and so which emulator path it means), refuses control calls without the run's secret (when
 * there is one), meets the network fault scripted for the path (if any), matches the route,
 * lets the owning service answer what no route handles, and logs each request once finished
 * (or closed unanswered).
 */
export function createRequestListener(
  router: Router,
  options: RequestListenerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { log, onError, latencyMs = () => 0 } = options;
  const mayControl = controlGate(options.controlSecret);
  return (req, res) => {
    const raw = new URL(req.url ?? '/', options.baseUrl());
    const resolved = resolveRequestSite(req, raw.pathname, {
      ownOrigin: options.baseUrl(),
      hostRoutes: options.hostRoutes,
      trustProxyHeaders: options.trustProxyHeaders ?? false,
    });
    const url = new URL(`${resolved.internalPath}${raw.search}`, options.baseUrl());
    const method = req.method ?? 'GET';
    const ctx: RequestContext = { req, res, url, site: resolved.site, params: {}, log: {} };
    res.on('finish', () => {
      log({ method, path: url.pathname, ...definedOnly(ctx.log), status: res.statusCode });
    });
    // A reset, or a held request its client gave up on: logged as never answered.
    res.on('close', () => {
      if (!res.writableFinished) log({ method, path: url.pathname, status: 0 });
    });
    const answers = fallbackFor(options.fallbacks, url.pathname, options.identity);

    if (isControlPath(url.pathname) && !mayControl(req)) {
      sendJson(res, 403, {
        error: 'control_secret_required',
        message: `This emulator's /_emulator/* control routes need this run's secret (${CONTROL_SECRET_HEADER}).`,
      });
      return;
    }
    const fault = resolved.served ? options.faults?.take(url.pathname) : undefined;
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      req.resume(); // the body is not read: drain it so the client sees a clean answer
      const busy = answers.busy ?? sendBusy;
      return busy(ctx, fault.status, retryAfterHeaders(fault.retryAfterSeconds));
    }
    const answer = () => {
      if (res.destroyed) return; // a held request its client gave up on
      const match = resolved.served ? router.match(method, url.pathname) : 'notFound';
      if (match === 'notFound') return answers.notFound(ctx);
      if ('methodNotAllowed' in match) return answers.methodNotAllowed(ctx, match.methodNotAllowed);
      ctx.params = match.params;
      const delay = latencyMs();
      (delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : Promise.resolve())
        .then(() => match.handler(ctx))
        .catch((error: unknown) => {
          if (res.headersSent) {
            res.destroy();
          } else if (error instanceof BodyError) {
            answers.badBody(ctx, error);
          } else {
            onError(error);
            answers.internalError(ctx);
          }
        });
    };
    if (fault?.kind === 'hang') options.faults?.hold(answer);
    else answer();
  };
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
