/**
 * Turns anything a flow can throw (MSAL's errors, network failures, our own) into a
 * {@link Problem}: a stable code, a plain message, the next step and, where the error table
 * names one, the remedy the renderer offers.
 */
import type { Problem, Remedy } from '../../../preload/contract';
import { ProxyFailure } from '../net/proxy-failure';
import { NetworkProblem } from '../net/transport-failure';
import { aadstsNumber, entraWords, factsOf, msalCodes, wordsOf } from './error-table';

interface MsalLikeError {
  errorCode?: string;
  errorMessage?: string;
  errorNo?: string;
  subError?: string;
}

/**
 * @param serverError the token endpoint's own error body, when MSAL dropped its AADSTS code
 *   (device code polling errors arrive as `post_request_failed` with only the error string).
 */
export function toProblem(error: unknown, serverError?: { error_codes?: number[] }): Problem {
  return withRemedy(explain(error, serverError));
}

/**
 * The way out the error table gives the problem's code, for the renderer to offer, unless the
 * problem already names one (a refusal in the system browser, say: see {@link inSystemBrowser}).
 */
export function withRemedy(problem: Problem): Problem {
  const facts = factsOf(problem.code);
  // Said as a refusal in the system browser: that case's way out, which may be none.
  const there = facts?.inSystemBrowser;
  const remedy =
    problem.remedy ?? (there && there.hint === problem.hint ? there.remedy : facts?.remedy);
  return remedy ? { ...problem, remedy } : problem;
}

/**
 * A refusal of the system browser sign-in itself: where the table's way out is the system
 * browser, its words for this case instead. Any other error is handed back as it was (MSAL's
 * own, so consent failures and the like keep what they are recognised by).
 */
export function inSystemBrowser(error: unknown): unknown {
  const problem = toProblem(error);
  const instead = factsOf(problem.code)?.inSystemBrowser;
  if (!instead) return error;
  const { remedy: _elsewhere, ...said } = problem;
  const remedy = instead.remedy ? { remedy: instead.remedy } : {};
  return new ProblemError({ ...said, hint: instead.hint, ...remedy });
}

function explain(error: unknown, serverError?: { error_codes?: number[] }): Problem {
  if (error instanceof NetworkProblem) return error.problem;
  if (error instanceof ProblemError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.remedy ? { remedy: error.remedy } : {}),
    };
  }
  if (error instanceof ProxyFailure) return error.problem;
  const e = (error ?? {}) as MsalLikeError & { message?: string; code?: string };
  const text = [e.errorMessage, e.message].filter(Boolean).join(' ');
  const aadsts = Number(e.errorNo) || aadstsNumber(text) || serverError?.error_codes?.[0];
  const words = aadsts ? entraWords(aadsts) : undefined;
  if (words) return { code: `AADSTS${aadsts}`, ...words };

  if (/too_many_requests|temporarily_unavailable|\b429\b/.test(`${e.errorCode ?? ''} ${text}`)) {
    return {
      code: 'throttled',
      message: 'The sign-in service is receiving too many requests and asked M365 Desk to wait.',
      hint: 'M365 Desk will not retry until the time the service gave (Retry-After) has passed. Try again in a minute.',
    };
  }

  // Device code polling errors arrive as post_request_failed with the server's string inside.
  const serverCode = msalCodes.find((code) => text.includes(code));
  const code = isMsalCode(e.errorCode) ? e.errorCode : (serverCode ?? e.errorCode ?? e.code);
  if (isMsalCode(code)) return { code, ...wordsOf(factsOf(code)!) };

  // MSAL reports a request that failed after endpoint discovery as `network_error`, with only a
  // link to its docs as the message: the same failure as a refused connection, said the same way.
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'].includes(e.code ?? '');
  if (unreachable || e.errorCode === 'network_error') {
    return {
      code: 'network_unreachable',
      message: 'The service could not be reached.',
      hint: 'Check your network connection and proxy settings.',
    };
  }
  const detail = firstLine(e.errorMessage || e.message || '');
  if (e.errorCode === 'post_request_failed') {
    return {
      code: detail || 'post_request_failed',
      message: `The sign-in service refused the request (${detail}).`,
    };
  }
  return { code: code ?? 'unexpected_error', message: detail || 'Something went wrong.' };
}

/** Our own failures are thrown as problems so they keep their wording. */
export class ProblemError extends Error implements Problem {
  readonly code: string;
  readonly hint?: string;
  /** Kept as the problem named it; without one, the error table's for the code is offered. */
  readonly remedy?: Remedy;
  constructor(problem: Problem) {
    super(problem.message);
    this.code = problem.code;
    if (problem.hint) this.hint = problem.hint;
    if (problem.remedy) this.remedy = problem.remedy;
  }
}

const isMsalCode = (code: string | undefined): code is string =>
  code !== undefined && factsOf(code)?.from === 'msal';

/** MSAL messages carry trace ids and timestamps on later lines; people need only the first. */
const firstLine = (text: string) => text.split(/\r?\n/)[0]?.trim() ?? '';
