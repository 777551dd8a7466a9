import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';
import { issueForUser } from './delegated-grants.js';
import { requireParam } from './protocol-helpers.js';
import type { TokenResponseBody } from './token-issuer.js';

/**
 * Redeems an authorization code (`grant_type=authorization_code`): the code must be unused,
 * unexpired, issued to this client for this redirect URI, and the PKCE verifier must hash to
 * the challenge. The token set is the same as for device code.
 */
export async function redeemAuthorizationCode(
  ctx: EmulatorContext,
  app: AppRegistration,
  form: URLSearchParams,
  authority: string,
): Promise<TokenResponseBody> {
  const code = requireParam(form, 'code');
  const entry = ctx.authorizationCodes.find(code);
  if (!entry || entry.clientId.toLowerCase() !== app.appId.toLowerCase())
    throw new AadstsError(70000);
  if (entry.redeemed) throw new AadstsError(54005);
  if (entry.expiresAt <= Date.now()) throw new AadstsError(70008);
  const redirectUri = requireParam(form, 'redirect_uri');
  if (redirectUri !== entry.redirectUri)
    throw new AadstsError(500112, { got: redirectUri, expected: entry.redirectUri });
  if (!pkceMatches(form.get('code_verifier') ?? '', entry.codeChallenge))
    throw new AadstsError(501481);
  // Single use from here on, even if issuing fails (consent revoked meanwhile), like Entra.
  entry.redeemed = true;
  // The token request may narrow the scope; the authorize request's scope is what was consented.
  const scope = form.get('scope') ?? entry.scope;
  return issueForUser(ctx, app, entry.userId, scope, {
    wantsClientInfo: form.get('client_info') === '1',
    authority,
    ...(entry.nonce ? { nonce: entry.nonce } : {}),
  });
}

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))) == code_challenge. */
export function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
