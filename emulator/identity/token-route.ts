import type { AppRegistration } from '../directory/app-registrations.js';
import { requiredScopesFor } from '../directory/app-registrations.js';
import { findUserById } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { readForm } from '../http/request-body.js';
import { sendJson } from '../http/responses.js';
import { AadstsError } from './aadsts-errors.js';
import { requirePublicClient } from './client-validation.js';
import { checkConsent } from './consent-check.js';
import { DeviceCodes } from './device-codes.js';
import { requireParam, requireTenantPath, withAadstsErrors } from './protocol-helpers.js';
import { parseScopeRequestIn } from './scope-request.js';
import { issueTokens } from './token-issuer.js';
import type { TokenResponseBody } from './token-issuer.js';

// RFC 8628 names the grant with the URN, but msal-node sends the short `device_code`;
// Entra accepts both, so the emulator does too.
const DEVICE_CODE_GRANTS = new Set(['urn:ietf:params:oauth:grant-type:device_code', 'device_code']);

/** Registers `POST /{tenant}/oauth2/v2.0/token` for the device code and refresh token grants. */
export function addTokenRoute(router: Router, ctx: EmulatorContext): void {
  router.add('POST', '/:tenant/oauth2/v2.0/token', (http) =>
    withAadstsErrors(ctx, http, async () => {
      const resolved = requireTenantPath(ctx, http);
      const form = await readForm(http.req);
      const grantType = requireParam(form, 'grant_type');
      http.log.grantType = grantType;
      const clientId = requireParam(form, 'client_id');
      http.log.clientId = clientId;
      http.log.scope = form.get('scope') ?? undefined;
      const app = requirePublicClient(ctx, clientId, resolved.segment);
      const wantsClientInfo = form.get('client_info') === '1';

      let body: TokenResponseBody;
      if (DEVICE_CODE_GRANTS.has(grantType)) {
        body = await redeemDeviceCode(ctx, app, requireParam(form, 'device_code'), wantsClientInfo);
      } else if (grantType === 'refresh_token') {
        const scope = form.get('scope') ?? 'openid profile offline_access';
        body = await redeemRefreshToken(
          ctx,
          app,
          requireParam(form, 'refresh_token'),
          scope,
          wantsClientInfo,
        );
      } else {
        throw new AadstsError(70003, { grantType });
      }
      sendJson(http.res, 200, body);
    }),
  );
}

async function redeemDeviceCode(
  ctx: EmulatorContext,
  app: AppRegistration,
  deviceCode: string,
  wantsClientInfo: boolean,
): Promise<TokenResponseBody> {
  const entry = ctx.deviceCodes.byDevice(deviceCode);
  if (!entry || entry.clientId !== app.appId) throw new AadstsError(70000);
  if (entry.status === 'redeemed') throw new AadstsError(54005);
  if (DeviceCodes.isExpired(entry)) throw new AadstsError(70019);
  if (entry.status === 'declined') throw new AadstsError(65004);
  if (entry.status === 'pending' || !entry.userId) throw new AadstsError(70016);
  // Mark before the async signing so a concurrent poll cannot redeem the same code twice.
  entry.status = 'redeemed';
  // The scope of the original device authorization is what the user consented to.
  return issueForUser(ctx, app, entry.userId, entry.scope, wantsClientInfo);
}

async function redeemRefreshToken(
  ctx: EmulatorContext,
  app: AppRegistration,
  refreshToken: string,
  scope: string,
  wantsClientInfo: boolean,
): Promise<TokenResponseBody> {
  const found = ctx.refreshTokens.lookup(refreshToken);
  if (found.status === 'unknown') throw new AadstsError(70000);
  if (found.status === 'revoked') {
    throw new AadstsError(50173, { issuedAt: found.record.issuedAt, validFrom: found.revokedAt });
  }
  // Refresh tokens are bound to the client they were issued to.
  if (found.record.clientId !== app.appId.toLowerCase()) throw new AadstsError(70000);
  return issueForUser(ctx, app, found.record.userId, scope, wantsClientInfo);
}

/** Checks consent for the requested scope and mints tokens for the user. */
async function issueForUser(
  ctx: EmulatorContext,
  app: AppRegistration,
  userId: string,
  scope: string,
  wantsClientInfo: boolean,
): Promise<TokenResponseBody> {
  const user = findUserById(ctx.directory.users, userId);
  const tenant = ctx.directory.tenants.find((t) => t.id === user?.tenantId);
  if (!user || !tenant) throw new AadstsError(70000);
  const request = parseScopeRequestIn(ctx, scope, tenant.displayName);
  const decision = checkConsent(
    request,
    requiredScopesFor(app, request.resource),
    ctx.consent.granted(user.id, app.appId, request.resource.appId),
  );
  if (!decision.ok) {
    throw new AadstsError(65001, {
      clientId: app.appId,
      appName: app.displayName,
      scopes: decision.missing.map((name) => `${request.audience}/${name}`).join(' '),
    });
  }
  return issueTokens(ctx, { tenant, user, app, request, scp: decision.scp, wantsClientInfo });
}
