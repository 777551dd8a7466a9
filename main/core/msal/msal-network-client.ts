/**
 * MSAL's `INetworkModule` over {@link HttpsClient}, so MSAL trusts exactly the CA of the cloud
 * it talks to. Like MSAL's own client it returns 4xx/5xx as values and parses JSON bodies.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { HttpsClient, HttpResponse } from '../net/https-request';

export class MsalNetworkClient implements INetworkModule {
  constructor(private readonly http: HttpsClient) {}

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
    const res = await this.http.send({
      method: 'POST',
      url,
      headers: options?.headers,
      body: options?.body ?? '',
    });
    return toNetworkResponse<T>(res);
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
