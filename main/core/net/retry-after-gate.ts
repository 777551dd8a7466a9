/**
 * The `Retry-After` a server gave, kept per endpoint until it has passed, so nothing asks it
 * again before then: the server's own answer is given again instead, with the time left.
 * (msal-node's throttling cache lives in the storage it clears before every silent call, so it
 * never holds; this one serves the token endpoint and the services' probes alike.)
 */
import type { HttpResponse } from './https-request';

/** Statuses whose Retry-After is a wish to be left alone (throttling, an outage). */
export const isBusy = (status: number): boolean => status === 429 || status >= 500;

/** The seconds a `Retry-After` asks for: a number of seconds or an HTTP date; else undefined. */
export function retryAfterSeconds(response: HttpResponse): number | undefined {
  const value = response.headers['retry-after']?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

export class RetryAfterGate {
  private readonly closed = new Map<string, { until: number; response: HttpResponse }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Notes a busy answer's Retry-After for the endpoint (the URL without its query). */
  note(url: string, response: HttpResponse): void {
    const seconds = isBusy(response.status) ? retryAfterSeconds(response) : undefined;
    if (seconds) this.closed.set(endpointOf(url), { until: this.now() + seconds * 1000, response });
  }

  /** The server's last answer again, while the time it asked for has not passed. */
  answerFor(url: string): HttpResponse | undefined {
    const key = endpointOf(url);
    const closed = this.closed.get(key);
    if (!closed) return undefined;
    const left = Math.ceil((closed.until - this.now()) / 1000);
    if (left <= 0) {
      this.closed.delete(key);
      return undefined;
    }
    const { response } = closed;
    return { ...response, headers: { ...response.headers, 'retry-after': String(left) } };
  }
}

const endpointOf = (url: string) => url.split('?')[0]!;
