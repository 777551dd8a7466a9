import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { readForm } from '../http/request-body.js';
import { sendJson } from '../http/responses.js';
import { requireKnownClient } from './client-validation.js';
import { DEVICE_CODE_LIFETIME_SECONDS } from './device-codes.js';
import { requireParam, requireTenantPath, withAadstsErrors } from './protocol-helpers.js';
import { parseScopeRequestIn } from './scope-request.js';

/** Registers `POST /{tenant}/oauth2/v2.0/devicecode` (RFC 8628 device authorization). */
export function addDeviceAuthorizationRoute(router: Router, ctx: EmulatorContext): void {
  router.add('POST', '/:tenant/oauth2/v2.0/devicecode', (http) =>
    withAadstsErrors(http, async () => {
      const resolved = requireTenantPath(ctx, http);
      const form = await readForm(http.req);
      const clientId = requireParam(form, 'client_id');
      http.log.clientId = clientId;
      const scope = requireParam(form, 'scope');
      http.log.scope = scope;
      // As in Entra, "Allow public client flows" is checked when the code is redeemed
      // (AADSTS7000218 while polling), not here.
      const app = requireKnownClient(ctx, clientId, resolved.segment);
      // Parse now so a bad scope fails here, not after the user went through the browser.
      parseScopeRequestIn(ctx, scope, resolved.segment);

      const tenantId = resolved.tenant?.id ?? app.tenantId;
      const entry = ctx.deviceCodes.create(app.appId, tenantId, scope);
      const verificationUri = `${http.site.authority}/devicelogin`;
      sendJson(http.res, 200, {
        user_code: entry.userCode,
        device_code: entry.deviceCode,
        verification_uri: verificationUri,
        expires_in: DEVICE_CODE_LIFETIME_SECONDS,
        interval: ctx.settings.deviceCodeIntervalSeconds,
        message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${entry.userCode} to authenticate.`,
      });
    }),
  );
}
