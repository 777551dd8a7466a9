import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { ProblemError, toProblem } from './to-problem';

describe('toProblem', () => {
  it.each([
    // [what MSAL throws, expected code, words the person sees]
    [
      new ServerError(
        'invalid_grant',
        'c',
        'AADSTS700082: The refresh token has expired due to inactivity.',
      ),
      'AADSTS700082',
      /long period without use/,
    ],
    [
      new ServerError(
        'invalid_client',
        'c',
        'AADSTS7000218: The request body must contain client_assertion',
        '',
        '7000218',
      ),
      'AADSTS7000218',
      /public client flows/,
    ],
    [
      new InteractionRequiredAuthError(
        'consent_required',
        'c',
        'AADSTS65001: The user or administrator has not consented',
      ),
      'AADSTS65001',
      /consent/,
    ],
    [new AuthError('post_request_failed', 'c', 'expired_token'), 'expired_token', /code expired/],
    [
      new AuthError('post_request_failed', 'c', 'authorization_declined'),
      'authorization_declined',
      /declined/,
    ],
    [
      new AuthError('device_code_polling_cancelled', 'c'),
      'device_code_polling_cancelled',
      /cancelled/,
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      'network_unreachable',
      /could not be reached/,
    ],
    [
      // What MSAL throws when a request after endpoint discovery fails (a dead proxy, say).
      new AuthError('network_error', 'See https://aka.ms/msal.js.errors#network_error for details'),
      'network_unreachable',
      /could not be reached/,
    ],
  ])('explains %s', (error, code, words) => {
    const problem = toProblem(error);
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(words);
  });

  it('keeps only the first line of an unknown server message (no trace ids)', () => {
    const problem = toProblem(
      new ServerError('weird', 'c', 'Something odd\r\nTrace ID: 123\r\nTimestamp: now'),
    );
    expect(problem).toEqual({ code: 'weird', message: 'Something odd' });
  });

  it('passes our own problems through as plain values', () => {
    const problem = toProblem(new ProblemError({ code: 'x', message: 'Y', hint: 'Z' }));
    expect(problem).toEqual({ code: 'x', message: 'Y', hint: 'Z' });
    expect(problem).not.toBeInstanceOf(Error);
  });
});
