/**
 * A failed sign-in in words: MSAL's error, with the token service's own error body where MSAL
 * dropped its AADSTS code (device code polling, `/devicecode` answers).
 */
import type { Problem } from '../../../preload/contract';
import { toProblem } from '../errors/to-problem';
import type { PooledClient } from './public-client-pool';

export function signInProblem(error: unknown, client: PooledClient): Problem {
  const { correlationId, endpoint } = (error ?? {}) as {
    correlationId?: string;
    endpoint?: string;
  };
  return toProblem(error, client.network.serverErrorFor(correlationId, endpoint));
}
