/**
 * MSAL's `INetworkModule` over {@link HttpsClient}, so MSAL trusts exactly the CA of the cloud
 * it talks to. Like MSAL's own client it returns 4xx/5xx as values and parses JSON bodies.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { HttpsClient, HttpResponse } from '../net/https-request';

/** The error body a token endpoint sent, as the server wrote it. */
export interface ServerErrorBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
}

const KEPT_ERRORS = 50;

export interface MsalNetworkClientDeps {
  http: HttpsClient;
  /** The clock the Retry-After deadlines are kept by. */
  now?: () => number;
}

export class MsalNetworkClient implements INetworkModule {
  /**
   * Recent error bodies by MSAL's correlation id (`client-request-id`). MSAL drops the AADSTS
   * code of device-code polling errors; we keep it so the person is told the real reason.
   */
  private readonly errors = new Map<string, ServerErrorBody>();

  /**
   * Token endpoints that answered 429/503 with Retry-After, and until when. msal-node's own
   * throttling cache lives in the storage it clears before every silent call, so it never holds:
   * we keep the server's wish here and answer for it without touching the network.
   */
  private readonly throttledUntil = new Map<string, number>();

  private readonly http: HttpsClient;
  private readonly now: () => number;

  constructor({ http, now = Date.now }: MsalNetworkClientDeps) {
    this.http = http;
    this.now = now;
  }

  /**
   * The server's own error body for a request, by its correlation id; or, for requests MSAL
   * sends without one (`/devicecode`), the latest error from the endpoint whose path ends so.
   */
  serverErrorFor(
    correlationId: string | undefined,
    endpointSuffix?: string,
  ): ServerErrorBody | undefined {
    const byId = correlationId ? this.errors.get(correlationId) : undefined;
    return byId ?? (endpointSuffix ? this.errors.get(`endpoint:${endpointSuffix}`) : undefined);
  }

  private remember(
    url: string,
    headers: Record<string, string> | undefined,
    status: number,
    body: unknown,
  ): void {
    if (status < 400 || typeof body !== 'object' || body === null || !('error' in body)) return;
    const { pathname, searchParams } = new URL(url);
    const id = headers?.['client-request-id'] ?? searchParams.get('client-request-id');
    const key = id ?? `endpoint:${pathname.split('/').pop()}`;
    this.errors.delete(key); // re-inserted as the newest
    this.errors.set(key, body as ServerErrorBody);
    if (this.errors.size > KEPT_ERRORS) this.errors.delete(this.errors.keys().next().value!);
  }

  async sendGetRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    const res = await this.http.send({
      method: 'GET',
      url,
      headers: options?.headers,
      timeoutMs: timeout,
    });
    return toNetworkResponse<T>(res);
  }

  async sendPostRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> {
    const endpoint = url.split('?')[0]!;
    const until = this.throttledUntil.get(endpoint) ?? 0;
    if (until > this.now()) return stillThrottled<T>(until, this.now());
    const res = await this.http.send({
      method: 'POST',
      url,
      headers: options?.headers,
      body: options?.body ?? '',
    });
    const response = toNetworkResponse<T>(res);
    this.remember(url, options?.headers, response.status, response.body);
    const retryAfter = Number(res.headers['retry-after']);
    if ((res.status === 429 || res.status >= 500) && retryAfter > 0) {
      this.throttledUntil.set(endpoint, this.now() + retryAfter * 1000);
    }
    return response;
  }
}

function toNetworkResponse<T>(res: HttpResponse): NetworkResponse<T> {
  let body: unknown;
  try {
    body = res.text ? JSON.parse(res.text) : {};
  } catch {
    // A proxy's or gateway's HTML error page: keep it visible to MSAL's error handling.
    body = { error: 'invalid_response', error_description: res.text.slice(0, 500) };
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** What the server would say again, without asking it: the same 429 and the time left. */
function stillThrottled<T>(until: number, now: number): NetworkResponse<T> {
  const seconds = Math.ceil((until - now) / 1000);
  return {
    status: 429,
    headers: { 'retry-after': String(seconds) },
    body: {
      error: 'too_many_requests',
      error_description: `Throttled: the service asked to wait ${seconds} more seconds (Retry-After).`,
    } as T,
  };
}
