/**
 * One request, tried again within the client's {@link NetworkBounds} when the answer says "try
 * again": a 429 or 5xx after the next wait (or after the server's `Retry-After`, when that is no
 * longer than the bound allows), and a dropped connection when the request may be sent twice.
 * A refused connection or a timeout is not tried again. While an endpoint's `Retry-After` has
 * not passed, nothing is sent: its last answer is given again.
 */
import type { HttpRequest, HttpResponse, HttpsClient } from './https-request';
import { isBusy, retryAfterSeconds } from './retry-after-gate';
import { mayTryAgain } from './transport-failure';

export interface BoundedAnswer {
  response: HttpResponse;
  /** How many times it was sent; 0 when the endpoint's Retry-After has not passed yet. */
  tries: number;
  /** The `Retry-After` waited out before the last try, in seconds, if any. */
  waitedSeconds?: number;
}

/** A request that got no answer at all, after `tries` tries. */
export class NoAnswer extends Error {
  constructor(
    override readonly cause: unknown,
    readonly tries: number,
  ) {
    super((cause as Error | undefined)?.message ?? 'No answer');
  }
}

/**
 * @param replayable false for a request that must not reach the server twice (redeeming a
 *   sign-in's one-time code): a dropped connection then ends it at once.
 * @throws NoAnswer when the last try got no answer.
 */
export async function sendBounded(
  http: HttpsClient,
  request: HttpRequest,
  replayable = true,
): Promise<BoundedAnswer> {
  const held = http.retryAfter.answerFor(request.url);
  if (held) return { response: held, tries: 0 };
  const { retryDelaysMs, longestRetryAfterMs } = http.bounds;
  let waitedSeconds: number | undefined;
  for (let tries = 1; ; tries++) {
    const last = tries > retryDelaysMs.length;
    let response: HttpResponse;
    try {
      response = await http.send(request);
    } catch (error) {
      if (last || !replayable || !mayTryAgain(error)) throw new NoAnswer(error, tries);
      await pause(retryDelaysMs[tries - 1]!);
      continue;
    }
    if (!isBusy(response.status) || last)
      return done(http, request, response, tries, waitedSeconds);
    const asked = retryAfterSeconds(response);
    if (asked !== undefined && asked * 1000 > longestRetryAfterMs) {
      return done(http, request, response, tries, waitedSeconds);
    }
    waitedSeconds = asked;
    await pause(asked === undefined ? retryDelaysMs[tries - 1]! : asked * 1000);
  }
}

function done(
  http: HttpsClient,
  request: HttpRequest,
  response: HttpResponse,
  tries: number,
  waitedSeconds: number | undefined,
): BoundedAnswer {
  http.retryAfter.note(request.url, response);
  return { response, tries, ...(waitedSeconds === undefined ? {} : { waitedSeconds }) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
