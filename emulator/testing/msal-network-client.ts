import { Agent } from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { httpsRequest } from './https-client.js';

/**
 * An MSAL `INetworkModule` that trusts only the given CA (the emulator's), directly or through
 * `proxyUrl` (the sandbox proxy). MSAL reads the status itself, so 4xx answers come back as
 * values, not exceptions; bodies are parsed JSON.
 */
export function createCaTrustingNetworkClient(
  caPem: string,
  proxyUrl?: string,
): INetworkModule & { urls: string[] } {
  const agent = proxyUrl
    ? new HttpsProxyAgent(proxyUrl)
    : new Agent({ ca: caPem, keepAlive: false });
  const urls: string[] = [];
  const send = async <T>(
    method: string,
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    urls.push(`${method} ${url}`);
    const answer = await httpsRequest(url, {
      method,
      agent,
      ca: caPem,
      headers: options?.headers ?? {},
      ...(options?.body === undefined ? {} : { body: options.body }),
    });
    return {
      status: answer.status,
      headers: answer.headers,
      body: (answer.text ? JSON.parse(answer.text) : {}) as T,
    };
  };
  return {
    urls,
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
