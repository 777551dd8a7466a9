/**
 * The app's built-in sandbox refuses its `/_emulator/*` controls to every caller: it is
 * started with a control secret (emulator/control/control-secret.int.test.ts) that nothing it
 * hands out contains. The identity endpoints the app signs in with answer as usual.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsRequest, jsonOf } from '../../../emulator/testing/https-client';
import type { SandboxReadyInfo } from '../cloud-catalog';
import { inProcessSandbox, type InProcessSandbox } from './in-process-sandbox';

const CONTROLS = [
  '/_emulator/device/approve',
  '/_emulator/conditional-access',
  '/_emulator/token-failures',
  '/_emulator/consent-policy',
  '/_emulator/viva-engage',
];

/** Every string in the ready info, wherever it sits. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('the in-process sandbox', () => {
  let dataDir: string;
  let sandbox: InProcessSandbox;
  let info: SandboxReadyInfo;
  let agent: Agent;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    httpsRequest(`${info.url}${path}`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'in-process-sandbox-'));
    sandbox = inProcessSandbox(dataDir);
    info = await sandbox.ready();
    agent = new Agent({ ca: readFileSync(info.caFile, 'utf8') });
  });
  afterAll(async () => {
    await sandbox?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each(CONTROLS)('refuses %s (403): the app does not use the controls', async (path) => {
    const answer = await post(path, { blockDeviceCode: true, usersMayConsent: false });
    expect(answer.status).toBe(403);
    expect(jsonOf(answer)).toMatchObject({ error: 'control_secret_required' });
  });

  it('tells no one the secret: nothing in its ready info opens the controls', async () => {
    const candidates = [...new Set(stringsOf(info))];
    expect(candidates.length).toBeGreaterThan(20);
    for (const candidate of candidates) {
      const answer = await post(
        '/_emulator/conditional-access',
        { blockDeviceCode: true },
        { 'x-emulator-control-secret': candidate },
      );
      expect(answer.status, candidate).toBe(403);
    }
  });

  it('still serves the sign-in endpoints the app uses', async () => {
    const answer = await httpsRequest(
      `${info.url}/${info.tenantId}/v2.0/.well-known/openid-configuration`,
      { agent },
    );
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toMatchObject({ issuer: expect.stringContaining(info.tenantId) });
  });
});
