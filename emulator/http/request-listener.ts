import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLogEntry } from '../public-api.js';
import { CONTROL_SECRET_HEADER, controlGate, isControlPath } from './control-secret.js';
import { BodyError } from './request-body.js';
import { sendJson } from './responses.js';
import type { RequestContext, Router } from './router.js';

/** What {@link createRequestListener} needs besides the router. */
export interface RequestListenerOptions {
  baseUrl: () => string;
  log: (entry: RequestLogEntry) => void;
  onError: (error: unknown) => void;
  latencyMs?: () => number;
  /** When set, `/_emulator/*` answers only requests carrying it (see control-secret.ts). */
  controlSecret?: string;
}

/**
 * Turns a {@link Router} into a node request listener: refuses control calls without the run's
 * secret (when there is one), matches the route, answers 404/405, maps body errors and
 * unexpected exceptions to JSON, and logs each request once finished.
 */
export function createRequestListener(
  router: Router,
  { baseUrl, log, onError, latencyMs = () => 0, controlSecret }: RequestListenerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const mayControl = controlGate(controlSecret);
  return (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl());
    const method = req.method ?? 'GET';
    const ctx: RequestContext = { req, res, url, params: {}, log: {} };
    res.on('finish', () => {
      log({ method, path: url.pathname, ...definedOnly(ctx.log), status: res.statusCode });
    });

    if (isControlPath(url.pathname) && !mayControl(req)) {
      sendJson(res, 403, {
        error: 'control_secret_required',
        message: `This emulator's /_emulator/* control routes need this run's secret (${CONTROL_SECRET_HEADER}).`,
      });
      return;
    }
    const match = router.match(method, url.pathname);
    if (match === 'notFound') {
      sendJson(res, 404, { error: 'not_found', message: `No route for ${method} ${url.pathname}` });
      return;
    }
    if (match === 'methodNotAllowed') {
      sendJson(res, 405, {
        error: 'method_not_allowed',
        message: `${method} is not allowed on ${url.pathname}`,
      });
      return;
    }
    ctx.params = match.params;
    const delay = latencyMs();
    (delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : Promise.resolve())
      .then(() => match.handler(ctx))
      .catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
        } else if (error instanceof BodyError) {
          sendJson(res, error.status, { error: 'invalid_request', message: error.message });
        } else {
          onError(error);
          sendJson(res, 500, {
            error: 'server_error',
            message: 'The emulator hit an internal error.',
          });
        }
      });
  };
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
