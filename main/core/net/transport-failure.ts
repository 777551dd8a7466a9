/**
 * A request that got no answer at all, in words: nothing listening (or no such host), the
 * connection dropped before the answer, or no answer within the bound. Thrown as an MSAL
 * `AuthError`, so MSAL passes it on as it is instead of its bare `network_error`.
 */
import { AuthError } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { inWords } from './network-bounds';

export type TransportFailure = 'unreachable' | 'dropped' | 'timeout' | 'other';

/** What kind of failure a request's error is (Node's codes; our own timeout is ETIMEDOUT). */
export function transportFailure(error: unknown): TransportFailure {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(code))
    return 'unreachable';
  if (['ECONNRESET', 'EPIPE', 'ECONNABORTED'].includes(code)) return 'dropped';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'other';
}

/**
 * The codes of a network or service that is down or busy for now: trying again later helps,
 * signing in again does not.
 */
export const isPassingTrouble = (code: string): boolean =>
  [
    'throttled',
    'network_unreachable',
    'connection_dropped',
    'network_timeout',
    'token_service_unavailable',
  ].includes(code);

/** May this failure be tried again at once? A refused or timed-out request may not. */
export const mayTryAgain = (error: unknown): boolean => transportFailure(error) === 'dropped';

/** Who was asked, how often and how long, and what the failure leaves as it was. */
export interface FailedRequest {
  /** e.g. "Microsoft's sign-in service", "Microsoft Graph". */
  who: string;
  tries: number;
  timeoutMs: number;
  /** One sentence on what is kept: "Your sign-in is kept." or "Nothing was saved." */
  kept: string;
}

/** The words for a request that got no answer at all. */
export function transportProblem(error: unknown, request: FailedRequest): Problem {
  const { who, tries, timeoutMs, kept } = request;
  switch (transportFailure(error)) {
    case 'dropped':
      return {
        code: 'connection_dropped',
        message: `The connection to ${who} dropped before it answered (${triesInWords(tries)}).`,
        hint: `${kept} Check the network connection (VPN, Wi-Fi), then try again.`,
      };
    case 'timeout':
      return {
        code: 'network_timeout',
        message: `${capitalised(who)} did not answer within ${inWords(timeoutMs)}.`,
        hint: `${kept} The network or the service is slow right now: try again in a minute.`,
      };
    default:
      return {
        code: 'network_unreachable',
        message: `${capitalised(who)} could not be reached.`,
        hint: `${kept} Check your network connection and proxy settings.`,
      };
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const triesInWords = (tries: number) => (tries === 1 ? '1 try' : `${tries} tries`);

/** A failed request carried through MSAL with its words. */
export class NetworkProblem extends AuthError {
  constructor(readonly problem: Problem) {
    super(problem.code, problem.message);
    this.name = 'NetworkProblem';
    Object.setPrototypeOf(this, NetworkProblem.prototype);
  }
}
