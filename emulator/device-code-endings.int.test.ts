/**
 * What ends a device code flow at the token endpoint, as RFC 8628 and Entra name it: the person
 * declined (`authorization_declined`), the code's lifetime is up (`expired_token`), or the
 * service does not know the code (`bad_verification_code`). Clients must stop polling on each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from './index.js';
import { jsonOf } from './testing/https-client.js';
import { EmulatorClient } from './testing/emulator-client.js';

const GRAPH = 'https://graph.microsoft.com/User.Read openid profile offline_access';

describe('device code endings', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-endings-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['expire', 'expired_token', 70019],
    ['forget', 'bad_verification_code', 70018],
  ] as const)('a code ended early (%s) answers %s', async (how, error, aadsts) => {
    const code = await client.startDeviceCode(GRAPH);
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error: 'authorization_pending',
    });
    expect(emulator.control.endDeviceCode(code.user_code, how)).toBe(true);
    const answer = await client.redeemDeviceCode(code.device_code);
    expect(answer.status).toBe(400);
    const body = jsonOf<{ error_description: string }>(answer);
    expect(body).toMatchObject({ error, error_codes: [aadsts] });
    expect(body.error_description).toMatch(new RegExp(`^AADSTS${aadsts}: `));
  });

  it('an unknown code is not ended', () => {
    expect(emulator.control.endDeviceCode('ZZZZ-ZZZZ', 'expire')).toBe(false);
  });
});
