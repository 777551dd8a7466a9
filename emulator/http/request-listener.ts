import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLogEntry } from '../public-api.js';
import { BodyError } from './request-body.js';
import { sendJson } from './responses.js';
import type { RequestContext, Router } from './router.js';

/**
 * Turns a {@link Router} into a node request listener: matches the route, answers 404/405,
 * maps body errors and unexpected exceptions to JSON, and logs each request once finished.
 */
export function createRequestListener(
  router: Router,
  baseUrl: () => string,
  log: (entry: RequestLogEntry) => void,
  onError: (error: unknown) => void,
  latencyMs: () => number = () => 0,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl());
    const method = req.method ?? 'GET';
    const ctx: RequestContext = { req, res, url, params: {}, log: {} };
    res.on('finish', () => {
      log({ method, path: url.pathname, ...definedOnly(ctx.log), status: res.statusCode });
    });

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
