import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { findApp } from '../directory/app-registrations.js';
import { readForm } from '../http/request-body.js';
import { sendJson } from '../http/responses.js';
import { AadstsError, type AadstsCode } from './aadsts-errors.js';
import { redeemAuthorizationCode } from './authorization-code-grant.js';
import { issueClientCredentials } from './client-credentials-grant.js';
import { requirePublicClient } from './client-validation.js';
import { redeemDeviceCode, redeemRefreshToken } from './delegated-grants.js';
import { requireParam, requireTenantPath, withAadstsErrors } from './protocol-helpers.js';
import type { TokenResponseBody } from './token-issuer.js';

// RFC 8628 names the grant with the URN, but msal-node sends the short `device_code`;
// Entra accepts both, so the emulator does too.
const DEVICE_CODE_GRANTS = new Set(['urn:ietf:params:oauth:grant-type:device_code', 'device_code']);

/**
 * Registers `POST /{tenant}/oauth2/v2.0/token`: device code, authorization code and refresh
 * token grants for the public client, client credentials for the confidential one.
 */
export function addTokenRoute(router: Router, ctx: EmulatorContext): void {
  router.add('POST', '/:tenant/oauth2/v2.0/token', (http) =>
    withAadstsErrors(http, async () => {
      const resolved = requireTenantPath(ctx, http);
      const form = await readForm(http.req);
      const grantType = requireParam(form, 'grant_type');
      http.log.grantType = grantType;
      const clientId = requireParam(form, 'client_id');
      http.log.clientId = clientId;
      http.log.scope = form.get('scope') ?? undefined;
      const injected = ctx.settings.signInFailures.shift() as AadstsCode | undefined;
      if (injected) {
        const appName = findApp(ctx.directory.apps, clientId)?.displayName;
        const names = { clientId, tenant: resolved.segment, ...(appName ? { appName } : {}) };
        throw new AadstsError(injected, names);
      }
      if (grantType === 'client_credentials') {
        sendJson(http.res, 200, await issueClientCredentials(ctx, resolved, form, http.site));
        return;
      }
      const app = requirePublicClient(ctx, clientId, resolved.segment);
      const issue = {
        wantsClientInfo: form.get('client_info') === '1',
        authority: http.site.authority,
      };

      let body: TokenResponseBody;
      if (DEVICE_CODE_GRANTS.has(grantType)) {
        body = await redeemDeviceCode(ctx, app, requireParam(form, 'device_code'), issue);
      } else if (grantType === 'authorization_code') {
        body = await redeemAuthorizationCode(ctx, app, form, http.site.authority);
      } else if (grantType === 'refresh_token') {
        const scope = form.get('scope') ?? 'openid profile offline_access';
        const token = requireParam(form, 'refresh_token');
        body = await redeemRefreshToken(ctx, app, token, scope, issue);
      } else {
        throw new AadstsError(70003, { grantType });
      }
      sendJson(http.res, 200, body);
    }),
  );
}
