import type { RequestContext, Router } from '../http/router.js';
import { readJsonObject } from '../http/request-body.js';
import { sendJson } from '../http/responses.js';

/**
 * Registers one `POST /_emulator/...` control: the JSON body goes to `act`; what it throws
 * (bad input) is answered 400 with the reason, success 200 `{ok: true}`.
 */
export function addControlRoute(
  router: Router,
  path: string,
  act: (body: Record<string, unknown>) => void,
): void {
  router.add('POST', path, async (http: RequestContext) => {
    const body = await readJsonObject(http.req);
    try {
      act(body);
    } catch (error) {
      sendJson(http.res, 400, { error: 'invalid_request', message: (error as Error).message });
      return;
    }
    sendJson(http.res, 200, { ok: true });
  });
}
