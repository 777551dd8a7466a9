import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { jwksDocument } from '../crypto/signing-key.js';
import { issuerFor } from '../emulator-context.js';
import type { EmulatorContext } from '../emulator-context.js';

/** Claims a resource API reads from a verified delegated access token. */
export interface AccessTokenClaims extends JWTPayload {
  tid: string;
  oid: string;
  scp?: string;
  /** Application permissions; present (without `scp`) only in app-only tokens. */
  roles?: string[];
  appid?: string;
  /** `app` for app-only (client credentials) tokens, `user` for delegated ones. */
  idtyp?: string;
  /** How the client authenticated: `0` public, `1` secret, `2` certificate. */
  appidacr?: string;
}

/** Why a bearer token was refused; each service words these its own way. */
export type BearerFailure =
  | 'missing'
  | 'malformed'
  | 'invalid_signature'
  | 'expired'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'insufficient_scope';

/** Outcome of {@link verifyBearer}. */
export type BearerCheck =
  | { ok: true; claims: AccessTokenClaims }
  /** `claims` when the token could be read (some services quote them in their errors). */
  | { ok: false; failure: BearerFailure; claims?: AccessTokenClaims };

/** What a resource endpoint demands of the token. */
export interface BearerRequirements {
  /** Expected `aud`, e.g. `https://graph.microsoft.com`, or every one the service accepts. */
  audience: string | readonly string[];
  /** The token must carry at least one of these delegated scopes (case-insensitive). */
  anyOfScopes: readonly string[];
  /** App-only tokens must carry one of these app roles; absent: app-only tokens are refused. */
  anyOfRoles?: readonly string[];
  /**
   * The service authorizes apps by its own role assignments, not by app roles in the token
   * (Azure Resource Manager and Azure RBAC): any app-only token for it passes here.
   */
  appsByOwnRoles?: true;
}

/**
 * Verifies an `Authorization: Bearer` token the way a real resource would: signature against
 * the emulator's own JWKS, expiry/not-before with no clock skew allowance (tests set short
 * lifetimes), audience, a tenant-specific issuer under one of `authorities` (the identity
 * origins that may have issued it), then scopes.
 */
export async function verifyBearer(
  ctx: EmulatorContext,
  req: IncomingMessage,
  requirements: BearerRequirements,
  authorities: readonly string[],
): Promise<BearerCheck> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) return { ok: false, failure: 'missing' };

  let claims: AccessTokenClaims;
  try {
    const jwks = createLocalJWKSet(jwksDocument(ctx.signingKey));
    // The service's own clock, which may run apart from the token service's (setResourceClockSkew).
    const currentDate = new Date(Date.now() + ctx.settings.resourceClockSkewSeconds * 1000);
    const verified = await jwtVerify(match[1], jwks, { algorithms: ['RS256'], currentDate });
    claims = verified.payload as AccessTokenClaims;
  } catch (error) {
    // Expiry is checked after the signature, so an expired token's claims are genuine.
    const payload =
      error instanceof errors.JWTClaimValidationFailed
        ? (error.payload as AccessTokenClaims)
        : undefined;
    return {
      ok: false,
      failure: classifyJoseError(error),
      ...(payload ? { claims: payload } : {}),
    };
  }

  const audiences =
    typeof requirements.audience === 'string' ? [requirements.audience] : requirements.audience;
  if (typeof claims.aud !== 'string' || !audiences.includes(claims.aud))
    return { ok: false, failure: 'wrong_audience', claims };
  const tenantKnown = ctx.directory.tenants.some((t) => t.id === claims.tid);
  const issuers = authorities.map((authority) => issuerFor(authority, claims.tid));
  if (!tenantKnown || typeof claims.iss !== 'string' || !issuers.includes(claims.iss))
    return { ok: false, failure: 'wrong_issuer', claims };

  const appOnly = claims.idtyp === 'app';
  if (appOnly && requirements.appsByOwnRoles) return { ok: true, claims };
  const held = new Set(
    (appOnly ? (claims.roles ?? []) : (claims.scp ?? '').split(' '))
      .filter(Boolean)
      .map((s) => s.toLowerCase()),
  );
  const wanted = appOnly ? (requirements.anyOfRoles ?? []) : requirements.anyOfScopes;
  if (!wanted.some((s) => held.has(s.toLowerCase()))) {
    return { ok: false, failure: 'insufficient_scope', claims };
  }
  return { ok: true, claims };
}

function classifyJoseError(error: unknown): BearerFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  // A future `nbf` also fails as a claim validation error; resources report it like expiry.
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') return 'expired';
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'invalid_signature';
  }
  return 'malformed';
}
