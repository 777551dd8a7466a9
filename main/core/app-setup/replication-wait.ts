/**
 * A new app is known to Graph at once but to the token service only after directory
 * replication (seconds to minutes). Until then sign-in says AADSTS700016; we ask the token
 * service's device authorization endpoint, with exponential backoff, until it knows the app.
 */
import type { ServerErrorBody } from '../msal/msal-network-client';
import { ProblemError, toProblem } from '../errors/to-problem';
import type { HttpsClient } from '../net/https-request';

export interface Backoff {
  firstDelayMs: number;
  maxDelayMs: number;
  /** Give up after this long, and say so. */
  timeoutMs: number;
}

export const DEFAULT_BACKOFF: Backoff = {
  firstDelayMs: 1000,
  maxDelayMs: 10_000,
  timeoutMs: 180_000,
};

const APP_NOT_FOUND = 700016;

/**
 * Resolves with the number of attempts it took; `onWait` hears of every attempt that found the
 * app unknown, with the pause before the next.
 */
export async function waitForReplication(
  http: HttpsClient,
  /** `{authorityHost}/{tenant}` */
  authority: string,
  clientId: string,
  onWait: (attempt: number, nextInMs: number) => void,
  backoff: Backoff = DEFAULT_BACKOFF,
): Promise<number> {
  const started = Date.now();
  let delay = backoff.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    if (await tokenServiceKnows(http, authority, clientId)) return attempt;
    if (Date.now() - started + delay > backoff.timeoutMs) {
      throw new ProblemError({
        code: 'replication_timeout',
        message: `Microsoft’s sign-in service still does not know the new app after ${Math.round(backoff.timeoutMs / 1000)} seconds.`,
        hint: 'Replication sometimes takes a few minutes: wait a little.',
      });
    }
    onWait(attempt, delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, backoff.maxDelayMs);
  }
}

async function tokenServiceKnows(
  http: HttpsClient,
  authority: string,
  clientId: string,
): Promise<boolean> {
  const res = await http.send({
    method: 'POST',
    url: `${authority}/oauth2/v2.0/devicecode`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, scope: 'openid offline_access' }).toString(),
  });
  if (res.status === 200) return true;
  let body: ServerErrorBody = {};
  try {
    body = JSON.parse(res.text) as ServerErrorBody;
  } catch {
    // not JSON: explained below by its status
  }
  if (body.error_codes?.includes(APP_NOT_FOUND)) return false;
  throw new ProblemError(
    toProblem(
      { errorCode: body.error ?? `http_${res.status}`, errorMessage: body.error_description },
      body,
    ),
  );
}
