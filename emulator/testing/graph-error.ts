import { expect } from 'vitest';
import type { HttpsAnswer } from './https-client.js';

/** What a Graph error's `innerError` holds: the date, and the request ids of the answer. */
export function graphInnerError(answer: HttpsAnswer): Record<string, unknown> {
  return {
    date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
    'request-id': answer.headers['request-id'],
    'client-request-id': expect.any(String),
  };
}
