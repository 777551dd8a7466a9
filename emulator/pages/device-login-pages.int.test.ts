import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startEmulator } from '../index.js';
import type { RunningEmulator } from '../index.js';
import { flowIdOf, jsonOf } from '../testing/https-client.js';
import { EmulatorClient } from '../testing/emulator-client.js';

const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

// The browser pages are plain forms, so posting them over HTTP walks the same path a
// person (or Playwright) does.
describe('/devicelogin pages', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let user: { upn: string; password: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-pages-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    user = emulator.info.users.find((u) => u.roles.length === 0)!;
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the code page with a strict CSP and no scripts', async () => {
    const page = await client.get('/devicelogin');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.text).toContain('<label for="code">Code</label>');
    expect(page.text).toContain('>Next</button>');
    expect(page.text).not.toContain('<script');
  });

  it('walks code → password (with a wrong try) → consent → done, then the device gets tokens', async () => {
    // Without the seeded tenant-wide grant on Graph's User.Read, the user is asked for it.
    emulator.control.revokeTenantConsent('https://graph.microsoft.com', 'User.Read');
    onTestFinished(() => emulator.control.resetConsent());
    const code = await client.startDeviceCode(SCOPE);
    const signIn = await client.postForm('/devicelogin', { code: code.user_code });
    expect(signIn.text).toContain('<label for="email">Email</label>');
    const flow = flowIdOf(signIn);

    const wrong = await client.postForm('/devicelogin/signin', {
      flow,
      email: user.upn,
      password: 'nope',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('AADSTS50126');

    const consent = await client.postForm('/devicelogin/signin', {
      flow,
      email: user.upn,
      password: user.password,
    });
    expect(consent.text).toContain('M365 Desk (sandbox)');
    expect(consent.text).toContain('Sign you in and read your profile');
    expect(consent.text).toContain('Maintain access to data you have given it access to');
    expect(consent.text).toContain('>Accept</button>');

    const done = await client.postForm('/devicelogin/consent', { flow, action: 'accept' });
    expect(done.text).toContain(
      'You have signed in to M365 Desk (sandbox) on your device. You may now close this window.',
    );
    expect((await client.redeemDeviceCode(code.device_code)).status).toBe(200);
  });

  it('never lets the consent step run without a correct password', async () => {
    const code = await client.startDeviceCode(SCOPE);
    const flow = flowIdOf(await client.postForm('/devicelogin', { code: code.user_code }));
    const skipped = await client.postForm('/devicelogin/consent', { flow, action: 'accept' });
    expect(skipped.status).toBe(400);
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error: 'authorization_pending',
    });
  });

  it('Cancel on the consent page makes the device poll fail with authorization_declined', async () => {
    const code = await client.startDeviceCode(SCOPE);
    const flow = flowIdOf(await client.postForm('/devicelogin', { code: code.user_code }));
    await client.postForm('/devicelogin/signin', {
      flow,
      email: user.upn,
      password: user.password,
    });
    await client.postForm('/devicelogin/consent', { flow, action: 'cancel' });
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error: 'authorization_declined',
    });
  });

  it('shows a clear error for an unknown code', async () => {
    const page = await client.postForm('/devicelogin', { code: 'BBBB-CCCC' });
    expect(page.status).toBe(400);
    expect(page.text).toContain('That code didn&#39;t work.');
  });
});
