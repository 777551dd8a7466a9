import type { AppRegistration } from '../directory/app-registrations.js';
import { requiredScopesFor } from '../directory/app-registrations.js';
import { findUserById } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';
import { checkConsent } from './consent-check.js';
import { grantedScopes } from './user-consent.js';
import { DeviceCodes } from './device-codes.js';
import { parseScopeRequestIn } from './scope-request.js';
import { issueTokens } from './token-issuer.js';
import type { TokenResponseBody } from './token-issuer.js';

/** Redeems a polled device code once the user approved it (RFC 8628). */
export async function redeemDeviceCode(
  ctx: EmulatorContext,
  app: AppRegistration,
  deviceCode: string,
  wantsClientInfo: boolean,
): Promise<TokenResponseBody> {
  const entry = ctx.deviceCodes.byDevice(deviceCode);
  // RFC 8628's `bad_verification_code`: a device code the service does not know (any more).
  if (!entry) throw new AadstsError(70018);
  if (entry.clientId !== app.appId) throw new AadstsError(70000);
  if (entry.status === 'redeemed') throw new AadstsError(54005);
  if (DeviceCodes.isExpired(entry)) throw new AadstsError(70019);
  if (entry.status === 'declined') throw new AadstsError(65004);
  // Conditional Access evaluates when the token is issued, so a blocked device code fails
  // only once the user finished signing in, as with Entra's "block device code flow" policy.
  if (entry.status === 'approved' && ctx.settings.deviceCodeBlocked) throw new AadstsError(53003);
  if (entry.status === 'pending' || !entry.userId) throw new AadstsError(70016);
  // Mark before the async signing so a concurrent poll cannot redeem the same code twice.
  entry.status = 'redeemed';
  // The scope of the original device authorization is what the user consented to.
  return issueForUser(ctx, app, entry.userId, entry.scope, { wantsClientInfo });
}

/** Redeems a refresh token for a (possibly different) resource. */
export async function redeemRefreshToken(
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
  if (found.status === 'inactive') {
    throw new AadstsError(700082, { issuedAt: found.record.issuedAt, inactiveFor: '90.00:00:00' });
  }
  // Refresh tokens are bound to the client they were issued to.
  if (found.record.clientId !== app.appId.toLowerCase()) throw new AadstsError(70000);
  return issueForUser(ctx, app, found.record.userId, scope, { wantsClientInfo });
}

/** Extras of a delegated token response beyond who and what. */
export interface DelegatedIssueOptions {
  wantsClientInfo: boolean;
  /** OpenID Connect `nonce` from the authorize request, echoed in the id token. */
  nonce?: string;
}

/** Checks consent for the requested scope and mints tokens for the user. */
export async function issueForUser(
  ctx: EmulatorContext,
  app: AppRegistration,
  userId: string,
  scope: string,
  options: DelegatedIssueOptions,
): Promise<TokenResponseBody> {
  const user = findUserById(ctx.directory.users, userId);
  const tenant = ctx.directory.tenants.find((t) => t.id === user?.tenantId);
  if (!user || !tenant) throw new AadstsError(70000);
  const request = parseScopeRequestIn(ctx, scope, tenant.displayName);
  const decision = checkConsent(
    request,
    requiredScopesFor(app, request.resource),
    grantedScopes(ctx, app, user.id, request.resource),
  );
  if (!decision.ok && app.firstParty?.preAuthorized) {
    throw new AadstsError(65002, { clientId: app.appId, resourceId: request.resource.appId });
  }
  if (!decision.ok) {
    throw new AadstsError(65001, {
      clientId: app.appId,
      appName: app.displayName,
      scopes: decision.missing.map((name) => `${request.audience}/${name}`).join(' '),
    });
  }
  return issueTokens(ctx, { tenant, user, app, request, scp: decision.scp, ...options });
}
