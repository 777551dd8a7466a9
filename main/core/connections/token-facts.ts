/**
 * The non-secret facts about an access token that the panels show: its decoded claims. The
 * token itself stays in main.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import { decodeJwt, type JWTPayload } from 'jose';
import type { TokenDetails } from '../../../preload/contract';

const words = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(' ').filter(Boolean)
    : Array.isArray(value)
      ? value.map(String)
      : [];

const isoFromSeconds = (value: unknown) =>
  typeof value === 'number' ? new Date(value * 1000).toISOString() : undefined;

export function tokenDetails(result: AuthenticationResult): TokenDetails {
  let claims: JWTPayload = {};
  try {
    claims = decodeJwt(result.accessToken);
  } catch {
    // Some resources issue opaque tokens; MSAL's own facts are the best we have then.
  }
  const scopes = words(claims.scp);
  const roles = words(claims.roles);
  const appId =
    typeof claims.appid === 'string'
      ? claims.appid
      : typeof claims.azp === 'string'
        ? claims.azp
        : undefined;
  const issuedAt = isoFromSeconds(claims.iat);
  // By this computer's clock, as MSAL counts it (arrival + `expires_in`): the claim is the
  // service's time, and read by a clock that is off it is off as much (faults/clock-skew).
  const expiresAt = result.expiresOn?.toISOString() ?? isoFromSeconds(claims.exp);
  return {
    audience: typeof claims.aud === 'string' ? claims.aud : (words(claims.aud)[0] ?? ''),
    tokenType: scopes.length === 0 && roles.length > 0 ? 'app-only' : 'delegated',
    scopes: scopes.length > 0 || roles.length > 0 ? scopes : result.scopes,
    roles,
    tenantId: typeof claims.tid === 'string' ? claims.tid : result.tenantId,
    ...(appId ? { appId } : {}),
    ...(issuedAt ? { issuedAt } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    authMethods: words(claims.amr),
    ...(typeof claims.ver === 'string' ? { version: claims.ver } : {}),
  };
}
