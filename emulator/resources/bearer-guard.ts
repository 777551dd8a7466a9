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
  const check = await verifyBearer(ctx, http.req, requirements);
  if (!check.ok) {
    respond(http, check.failure, check.claims);
    return;
  }
  await handler({
    claims: check.claims,
    user: findUserById(ctx.directory.users, check.claims.oid),
  });
}
