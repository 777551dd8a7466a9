/**
 * A failed sign-in in words: MSAL's error, with the token service's own error body where MSAL
 * dropped its AADSTS code (device code polling, `/devicecode` answers).
 */
import type { Problem } from '../../../preload/contract';
import { toProblem } from '../errors/to-problem';
import type { ServerErrorBody } from './msal-network-client';
import type { PooledClient } from './public-client-pool';

export function signInProblem(error: unknown, client: PooledClient): Problem {
  return toProblem(error, serverErrorOf(error, client));
}

/** The token service's error body for the request `error` ended, when the client kept it. */
export function serverErrorOf(error: unknown, client: PooledClient): ServerErrorBody | undefined {
  const { correlationId, endpoint } = (error ?? {}) as {
    correlationId?: string;
    endpoint?: string;
  };
  return client.network.serverErrorFor(correlationId, endpoint);
}
