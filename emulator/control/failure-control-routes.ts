import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { addControlRoute } from './control-route.js';
import type { FaultRoute, RouteFault } from '../public-api.js';
import { createFailureControls } from './failure-controls.js';
import type { AuthorizeFailure } from './sign-in-failure-control.js';

/**
 * HTTP twins of the failure-injection controls, for tools and tests that only have the
 * emulator's URL (the Electron e2e harness, scripts): bad input answers 400 with the reason.
 */
export function addFailureControlRoutes(router: Router, ctx: EmulatorContext): void {
  const controls = createFailureControls(ctx);
  const handle = (path: string, act: (body: Record<string, unknown>) => void) =>
    addControlRoute(router, path, act);

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
  handle('/_emulator/route-faults', (body) => {
    const { route, kind, status, retryAfterSeconds: retry } = body;
    const fault =
      kind === 'status'
        ? {
            kind,
            status: Number(status),
            ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
          }
        : { kind };
    controls.faultNext(route as FaultRoute, fault as RouteFault, Number(body.count ?? 1));
  });
  handle('/_emulator/sign-in-failures', (body) =>
    controls.failSignIn(Number(body.code), Number(body.count ?? 1)),
  );
  handle('/_emulator/authorize-failures', (body) =>
    controls.failAuthorize(
      Number(body.code),
      Number(body.count ?? 1),
      String(body.how ?? 'redirect') as AuthorizeFailure['how'],
    ),
  );
  handle('/_emulator/resource-clock', (body) =>
    controls.setResourceClockSkew(Number(body.skewSeconds)),
  );
  handle('/_emulator/public-client-flows', (body) => {
    if (typeof body.enabled !== 'boolean') throw new Error('enabled must be true or false');
    controls.setPublicClientFlows(String(body.clientId ?? ''), body.enabled);
  });
}
