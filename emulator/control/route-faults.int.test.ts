/**
 * The network faults a test scripts per route (issue 16): a reset connection, a request held
 * unanswered, a 429/5xx in the service's own shape with Retry-After, and a service clock that
 * runs ahead of the token service's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../index.js';
import type { RunningEmulator } from '../index.js';
import { EmulatorClient } from '../testing/emulator-client.js';
import { jsonOf } from '../testing/https-client.js';

const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

describe('route faults', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let bearer: Record<string, string>;
  const me = () => client.get(`${emulator.info.resources.graph.baseUrl}/v1.0/me`, bearer);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-route-faults-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    const { access_token } = await client.signIn(emulator.info.users[0]!.upn, SCOPE);
    bearer = { authorization: `Bearer ${access_token}` };
  });
  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reset: the next request on the route loses its connection, logged unanswered; the next is answered', async () => {
    emulator.control.faultNext('graph', { kind: 'reset' });
    await expect(me()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(emulator.control.requests().at(-1)).toMatchObject({ path: '/graph/v1.0/me', status: 0 });
    expect((await me()).status).toBe(200);
  });

  it('hang: the request waits unanswered until released, then gets its usual answer', async () => {
    emulator.control.faultNext('graph', { kind: 'hang' });
    let settled = false;
    const held = me().finally(() => (settled = true));
    expect((await me()).status).toBe(200); // only the next request hangs, not the route
    expect(settled).toBe(false);
    expect(emulator.control.releaseHeld()).toBe(1);
    expect((await held).status).toBe(200);
  });

  it('status: Graph and SharePoint answer 429/503 in their own shape with Retry-After', async () => {
    emulator.control.faultNext('graph', { kind: 'status', status: 429, retryAfterSeconds: 3 });
    const throttled = await me();
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('3');
    expect(jsonOf(throttled)).toMatchObject({ error: { code: 'TooManyRequests' } });

    await client.postJson('/_emulator/route-faults', {
      route: 'sharepoint',
      kind: 'status',
      status: 503,
      retryAfterSeconds: 120,
    });
    const busy = await client.get(`${emulator.info.sharepoint.rootBaseUrl}/_api/web`);
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('120');
    expect(jsonOf(busy)).toHaveProperty(['odata.error', 'code']);
  });

  it('token: failNext is a status fault on the token route; devicecode is a route of its own', async () => {
    emulator.control.faultNext('devicecode', { kind: 'status', status: 502 });
    await expect(client.startDeviceCode(SCOPE)).rejects.toThrow(/502/);
    emulator.control.failNext(1, 500);
    const refused = await client.postForm(`/${emulator.info.tenantId}/oauth2/v2.0/token`, {});
    expect(refused.status).toBe(500);
    expect(jsonOf(refused)).toMatchObject({ error: 'temporarily_unavailable' });
  });

  it('refuses what it cannot script, over HTTP with the reason', async () => {
    const bad = [
      { route: 'nowhere', kind: 'reset' },
      { route: 'graph', kind: 'slow' },
      { route: 'graph', kind: 'status', status: 404 },
      { route: 'graph', kind: 'reset', count: 0 },
    ];
    for (const body of bad) {
      const answer = await client.postJson('/_emulator/route-faults', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await me()).status).toBe(200); // nothing was scripted
  });

  it('resource clock skew: a token the token service just issued looks expired to the service', async () => {
    await client.postJson('/_emulator/resource-clock', { skewSeconds: 7200 });
    const refused = await me();
    expect(refused.status).toBe(401);
    expect(jsonOf(refused)).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
    emulator.control.setResourceClockSkew(0);
    expect((await me()).status).toBe(200);
  });
});
