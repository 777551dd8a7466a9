/**
 * "One round trip", the yardstick of the ratios: one probe request on its own, `GET /v1.0/me`
 * with a Graph token the emulator issued, over a kept-alive connection of the core's own
 * HttpsClient, with the same injected latency. The bench measures it between the rounds of the
 * measure it divides, so both see the same machine at the same moment.
 */
import { readFileSync } from 'node:fs';
import { HttpsClient } from '../../main/core/net/https-request';
import type { CoreFixture } from '../../main/core/testing/core-fixture';
import { timed } from './stats';

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
