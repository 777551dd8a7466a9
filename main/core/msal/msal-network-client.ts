/**
 * MSAL's `INetworkModule` over {@link HttpsClient}, so MSAL trusts exactly the CA of the cloud
 * it talks to. Like MSAL's own client it returns 4xx as values and parses JSON bodies; unlike
 * it, it tries a token request again within the client's bounds, and says in words why one
 * that never got a good answer failed.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { NoAnswer, sendBounded } from '../net/bounded-send';
import type { HttpsClient, HttpResponse } from '../net/https-request';
import { ProxyFailure } from '../net/proxy-failure';
import { retryAfterSeconds } from '../net/retry-after-gate';
import { NetworkProblem, transportProblem } from '../net/transport-failure';

/** The error body a token endpoint sent, as the server wrote it. */
export interface ServerErrorBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
}

const KEPT_ERRORS = 50;

export interface MsalNetworkClientDeps {
  /** Its bounds say how long a token request may take and how often it is tried. */
  http: HttpsClient;
}

export class MsalNetworkClient implements INetworkModule {
  /**
   * Recent error bodies by MSAL's correlation id (`client-request-id`). MSAL drops the AADSTS
   * code of device-code polling errors; we keep it so the person is told the real reason.
   */
  private readonly errors = new Map<string, ServerErrorBody>();

  private readonly http: HttpsClient;

  constructor({ http }: MsalNetworkClientDeps) {
    this.http = http;
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
      timeoutMs: timeout ?? this.http.bounds.tokenTimeoutMs,
    });
    return toNetworkResponse<T>(res);
  }

  /**
   * A token request, tried again within the client's bounds (a 5xx, a dropped connection); one
   * that never got a good answer is thrown as a {@link NetworkProblem} in words. A `Retry-After`
   * longer than the bound is handed to MSAL as the server's answer (and honoured: see
   * retry-after-gate.ts), which MSAL reports as throttling.
   */
  async sendPostRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> {
    const body = options?.body ?? '';
    const grant = new URLSearchParams(body).get('grant_type') ?? '';
    const request = {
      kept: KEPT_BY_GRANT[grant] ?? NOTHING_SAVED,
      timeoutMs: this.http.bounds.tokenTimeoutMs,
    };
    let answer;
    try {
      answer = await sendBounded(
        this.http,
        { method: 'POST', url, headers: options?.headers, body, timeoutMs: request.timeoutMs },
        // A sign-in's code is good once: sent twice, the second would be refused as used.
        grant !== 'authorization_code',
      );
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
      // Failed at the proxy: said as the proxy's problem (proxy-failure.ts), not the service's.
      if (error.cause instanceof ProxyFailure) throw error.cause;
      throw new NetworkProblem(
        transportProblem(error.cause, { who: SIGN_IN_SERVICE, tries: error.tries, ...request }),
      );
    }
    const { response: res, tries } = answer;
    if (res.status >= 500 && retryAfterSeconds(res) === undefined) {
      throw new NetworkProblem(serviceDown(res.status, tries, request.kept));
    }
    const response = toNetworkResponse<T>(res);
    this.remember(url, options?.headers, response.status, response.body);
    return response;
  }
}

const SIGN_IN_SERVICE = "Microsoft's sign-in service";
const NOTHING_SAVED = 'Nothing was saved: sign in again once it answers.';
/** What a failed token request leaves as it was, by its grant. */
const KEPT_BY_GRANT: Record<string, string> = {
  refresh_token: 'Your sign-in is kept.',
  client_credentials: 'The app’s sign-in is kept.',
};

/** The token service answered 5xx to every try. */
function serviceDown(status: number, tries: number, kept: string): Problem {
  return {
    code: 'token_service_unavailable',
    message: `${SIGN_IN_SERVICE} is not answering right now (HTTP ${status}, ${tries} ${tries === 1 ? 'try' : 'tries'}).`,
    hint: `${kept} Nothing needs to change here: try again in a few minutes.`,
  };
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
