import { request } from 'node:https';
import type { Agent } from 'node:http';

/** A fully read HTTP answer. */
export interface HttpsAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Request options for {@link httpsRequest}. */
export interface HttpsRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Agent trusting the emulator CA, or a proxy agent (then `ca`); TLS is always verified. */
  agent: Agent;
  /** The CA to trust for this request (through a proxy tunnel the agent has none). */
  ca?: string;
}

/**
 * Sends one HTTPS request and reads the whole answer, never throwing on 4xx/5xx, which is
 * what both the tests and MSAL's network module contract need.
 */
export function httpsRequest(url: string, options: HttpsRequestOptions): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Parses a JSON answer body, with the raw text in the error when it is not JSON. */
export function jsonOf<T = Record<string, unknown>>(answer: HttpsAnswer): T {
  try {
    return JSON.parse(answer.text) as T;
  } catch {
    throw new Error(`Expected JSON (status ${answer.status}): ${answer.text.slice(0, 200)}`);
  }
}

/** The hidden flow id a sign-in page carries to the next step (device login and authorize). */
export function flowIdOf(page: HttpsAnswer): string {
  const match = /name="flow" value="([^"]+)"/.exec(page.text);
  if (!match?.[1]) throw new Error(`No flow id in page:\n${page.text}`);
  return match[1];
}
