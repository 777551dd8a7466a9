/**
 * One HTTPS request with an optional private CA. The CA applies to this request only, so the
 * sandbox tenant's certificate is trusted for the sandbox and never globally.
 */
import { request as httpsRequest, Agent } from 'node:https';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

/** Sends requests, trusting `caPem` (when given) in addition to nothing else. */
export class HttpsClient {
  private readonly agent: Agent;

  constructor(caPem?: string) {
    // With a private CA we trust only that CA: the sandbox never talks to public hosts.
    this.agent = new Agent({ keepAlive: true, ...(caPem ? { ca: caPem } : {}) });
  }

  send(req: HttpRequest): Promise<HttpResponse> {
    const url = new URL(req.url);
    if (url.protocol !== 'https:') {
      return Promise.reject(new Error(`Refusing a non-HTTPS request to ${url.origin}`));
    }
    return new Promise((resolve, reject) => {
      const outgoing = httpsRequest(
        url,
        {
          method: req.method,
          headers: req.headers,
          agent: this.agent,
          timeout: req.timeoutMs ?? 30_000,
        },
        (res) => {
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
      outgoing.on('timeout', () => outgoing.destroy(new Error(`Timed out talking to ${url.host}`)));
      outgoing.on('error', reject);
      if (req.body !== undefined) outgoing.write(req.body);
      outgoing.end();
    });
  }

  close(): void {
    this.agent.destroy();
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
