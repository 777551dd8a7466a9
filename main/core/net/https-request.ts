/**
 * One HTTPS request with an optional private CA. The CA applies to this request only, so the
 * sandbox tenant's certificate is trusted for the sandbox and never globally.
 */
import { request as httpsRequest, Agent } from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { NETWORK_BOUNDS, type NetworkBounds } from './network-bounds';
import { atTheProxy, proxyRefusedAuth } from './proxy-failure';
import { proxyFor, type ProxyConfig } from './proxy-settings';
import { RetryAfterGate } from './retry-after-gate';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

export interface HttpsClientDeps {
  /** The only CA to trust (the sandbox's); without one, the system's roots. */
  caPem?: string | undefined;
  /** The proxy setting, read for every request. */
  proxy?: () => ProxyConfig;
  /** How long its requests may take and how often they are tried (see bounded-send.ts). */
  bounds?: NetworkBounds;
}

/**
 * Sends requests, trusting `caPem` (when given) and nothing else, directly or through the
 * proxy that {@link proxyFor} picks for each URL.
 */
export class HttpsClient {
  private readonly agent: Agent;
  private readonly proxyAgents = new Map<string, HttpsProxyAgent<string>>();

  private readonly caPem: string | undefined;
  private readonly proxy: () => ProxyConfig;
  readonly bounds: NetworkBounds;
  /** The Retry-After each endpoint gave, honoured by every request sent through this client. */
  readonly retryAfter = new RetryAfterGate();

  constructor({
    caPem,
    proxy = () => ({ source: 'none' }),
    bounds = NETWORK_BOUNDS,
  }: HttpsClientDeps = {}) {
    this.caPem = caPem;
    this.proxy = proxy;
    this.bounds = bounds;
    // With a private CA we trust only that CA: the sandbox never talks to public hosts.
    this.agent = new Agent({ keepAlive: true, ...(caPem ? { ca: caPem } : {}) });
  }

  private agentFor(url: URL, proxyUrl: string | undefined): Agent | HttpsProxyAgent<string> {
    if (!proxyUrl) return this.agent;
    let agent = this.proxyAgents.get(proxyUrl);
    if (!agent) {
      agent = new HttpsProxyAgent(proxyUrl, { keepAlive: true });
      this.proxyAgents.set(proxyUrl, agent);
    }
    return agent;
  }

  send(req: HttpRequest): Promise<HttpResponse> {
    const url = new URL(req.url);
    if (url.protocol !== 'https:') {
      return Promise.reject(new Error(`Refusing a non-HTTPS request to ${url.origin}`));
    }
    const config = this.proxy();
    const proxyUrl = proxyFor(url, config);
    const source = config.source === 'environment' ? 'environment' : 'setting';
    return new Promise((resolve, reject) => {
      // A failure at the proxy is said as the proxy's (proxy-failure.ts), not the service's.
      const fail = (error: unknown) =>
        reject(proxyUrl ? atTheProxy(error, proxyUrl, source) : error);
      const outgoing = httpsRequest(
        url,
        {
          method: req.method,
          headers: req.headers,
          agent: this.agentFor(url, proxyUrl),
          // Through a proxy tunnel the target's certificate is still checked, against this CA only.
          ...(this.caPem ? { ca: this.caPem } : {}),
          timeout: req.timeoutMs ?? 30_000,
        },
        (res) => {
          if (proxyUrl && res.statusCode === 407) {
            res.resume();
            return reject(proxyRefusedAuth(proxyUrl, source));
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: flattenHeaders(res.headers),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      outgoing.on('timeout', () => {
        // The request's own bound ran out: no answer in time (transport-failure.ts), not a proxy
        // that cannot be reached, so it is not passed through `fail`.
        reject(Object.assign(new Error(`Timed out talking to ${url.host}`), { code: 'ETIMEDOUT' }));
        outgoing.destroy();
      });
      outgoing.on('error', fail);
      if (req.body !== undefined) outgoing.write(req.body);
      outgoing.end();
    });
  }

  close(): void {
    this.agent.destroy();
    for (const agent of this.proxyAgents.values()) agent.destroy();
  }
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
