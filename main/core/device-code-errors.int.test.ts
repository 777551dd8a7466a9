/**
 * Device code failures as the person sees them. MSAL reports polling errors as
 * `post_request_failed` with only the server's error string; the AADSTS code is read from the
 * raw response so the message is the precise one.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDeviceLogin } from './testing/device-login-driver';
import {
  nextDeviceCode,
  startCoreFixture,
  userWithRole,
  type CoreFixture,
} from './testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

describe('device code errors', () => {
  it('a person who presses Cancel on the consent page is told consent was declined (AADSTS65004)', async () => {
    f = await startCoreFixture();
    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    const { userCode } = await nextDeviceCode(f);
    const page = await answerDeviceLogin(
      f.emulator.info.url,
      readFileSync(f.emulator.info.caFile, 'utf8'),
      userCode,
      userWithRole(f, 'Global Administrator'),
      'cancel',
    );
    expect(page.length).toBeGreaterThan(0);
    expect(await pending).toEqual({
      ok: false,
      code: 'AADSTS65004',
      message: 'Consent was declined.',
      hint: 'Sign in again and accept the permissions, or ask an administrator.',
      remedy: 'grant-consent',
    });
  });

  it.each([
    // The service ended the code before the app's own clock did (RFC 8628 `expired_token`).
    ['expire', 'AADSTS70019', 'The sign-in code expired before it was used.'],
    // The service does not know the code any more (`bad_verification_code`).
    ['forget', 'AADSTS70018', /did not recognise this code/],
  ] as const)(
    'a code the service ended (%s) stops the flow at once with %s',
    async (how, code, message) => {
      f = await startCoreFixture();
      const pending = f.invoke('signIn.deviceCode', { serviceId: 'graph', cloud: 'sandbox' });
      const { userCode } = await nextDeviceCode(f);
      const started = Date.now();
      expect(f.emulator.control.endDeviceCode(userCode, how)).toBe(true);
      const result = await pending;
      expect(result).toMatchObject({
        ok: false,
        code,
        message,
        hint: 'Get a new code and try again.',
      });
      // Stopped at the next poll (every second here), not after the code's 15 minutes.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await f.value('service.list', {}))[0]!.status.state).toBe('disconnected');
    },
  );
});
