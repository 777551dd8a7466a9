/**
 * Timing: medians (never means: one slow GC skews a mean), progress lines, and the yardstick of
 * the ratios, "one round trip": one probe request on its own, `GET /v1.0/me` with a Graph token
 * the emulator issued, over a kept-alive connection of the core's own HttpsClient, with the
 * same injected latency. The bench measures it between the rounds of the measure it divides,
 * so both see the same machine at the same moment.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { HttpsClient } from '../../main/core/net/https-request';
import type { CoreFixture } from '../../main/core/testing/core-fixture';

export interface RoundTrip {
  /** One probe request's time (ms). */
  once(): Promise<number>;
  close(): void;
}

export async function openRoundTrip(f: CoreFixture): Promise<RoundTrip> {
  const { info, control } = f.emulator;
  const token = control
    .issuedTokens()
    .reverse()
    .find((t) => audienceOf(t) === info.resources.graph.audience);
  if (!token) throw new Error('No Graph token was issued yet: sign in first');
  const http = new HttpsClient({ caPem: readFileSync(info.caFile, 'utf8') });
  const probe = async () => {
    const answer = await http.send({
      method: 'GET',
      url: `${info.resources.graph.baseUrl}/v1.0/me`,
      headers: { authorization: `Bearer ${token}` },
    });
    if (answer.status !== 200) throw new Error(`The probe answered ${answer.status}`);
  };
  await probe(); // opens the connection, as the core's client has one open
  return { once: () => timed(probe), close: () => http.close() };
}

function audienceOf(jwt: string): unknown {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')).aud;
  } catch {
    return undefined;
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** A progress line, so a long run shows where it is. */
export function progress(message: string): void {
  console.log(`· ${message}`);
}
