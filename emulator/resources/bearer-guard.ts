import { PUBLIC_LOGIN_HOST } from '../directory/tenants.js';
import { findUserById } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext } from '../http/router.js';
import { verifyBearer } from './bearer-verifier.js';
import type { AccessTokenClaims, BearerFailure, BearerRequirements } from './bearer-verifier.js';

/** Answers a refused token in one service's own words (status, body, challenge header). */
export type BearerFailureResponder = (
  http: RequestContext,
  failure: BearerFailure,
  claims: AccessTokenClaims | undefined,
) => void;

/** A verified caller: the token's claims and the signed-in user, if they still exist. */
export interface BearerCaller {
  claims: AccessTokenClaims;
  user: User | undefined;
}

/**
 * Verifies the request's bearer token and runs `handler` with the caller, or lets the service
 * answer the failure. Every resource API goes through here so they check tokens identically
 * and differ only in how they word a refusal and which user rights they demand.
 */
export async function withBearer(
  ctx: EmulatorContext,
  http: RequestContext,
  requirements: BearerRequirements,
  respond: BearerFailureResponder,
  handler: (caller: BearerCaller) => void | Promise<void>,
): Promise<void> {
  // A token is good wherever the emulator could have issued it: under the identity host this
  // request's client reaches, the emulator's own address, or Entra's public name.
  const authorities = [...new Set([http.site.authority, ctx.url, `https://${PUBLIC_LOGIN_HOST}`])];
  const check = await verifyBearer(ctx, http.req, requirements, authorities);
  if (!check.ok) {
    respond(http, check.failure, check.claims);
    return;
  }
  await handler({
    claims: check.claims,
    user: findUserById(ctx.directory.users, check.claims.oid),
  });
}
