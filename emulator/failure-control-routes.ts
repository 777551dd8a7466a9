import type { EmulatorContext } from './emulator-context.js';
import { createFailureControls } from './failure-controls.js';
import type { RequestContext, Router } from './http/router.js';
import { readJsonObject } from './http/request-body.js';
import { sendJson } from './http/responses.js';

/**
 * HTTP twins of the failure-injection controls, for tools and tests that only have the
 * emulator's URL (the Electron e2e harness, scripts): bad input answers 400 with the reason.
 */
export function addFailureControlRoutes(router: Router, ctx: EmulatorContext): void {
  const controls = createFailureControls(ctx);
  const handle = (path: string, act: (body: Record<string, unknown>) => void) =>
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

  handle('/_emulator/refresh-tokens/expire', (body) =>
    controls.expireRefreshTokens(typeof body.upn === 'string' ? body.upn : ''),
  );
  handle('/_emulator/conditional-access', (body) =>
    controls.blockDeviceCode(body.blockDeviceCode === true),
  );
  handle('/_emulator/token-failures', (body) => {
    const retry = body.retryAfterSeconds;
    controls.failNext(
      Number(body.count ?? 1),
      Number(body.status),
      typeof retry === 'number' ? retry : undefined,
    );
  });
}
