/**
 * The control secret: an emulator started with `controlSecret` answers its `/_emulator/*`
 * control routes only for a request that carries it in `x-emulator-control-secret`, and refuses
 * every other such request (403) before the route runs, so nothing changes. The identity
 * endpoints and the pages need no secret. Without the option, controls answer anyone, as the
 * tests, the CLI and the scripts expect.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonOf, type HttpsAnswer } from '../testing/https-client.js';
import { useEmulator } from '../testing/use-emulator.js';

const SECRET = randomBytes(32).toString('base64url');
const HEADER = 'x-emulator-control-secret';
const SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

/** Every control route, with a body it would act on. */
const CONTROLS: [path: string, body: Record<string, unknown>][] = [
  ['/_emulator/device/approve', { user_code: 'ABCD-EFGH', upn: 'admin' }],
  ['/_emulator/viva-engage', { provisioned: false }],
  ['/_emulator/refresh-tokens/expire', { upn: 'admin' }],
  ['/_emulator/conditional-access', { blockDeviceCode: true }],
  ['/_emulator/token-failures', { count: 5, status: 503 }],
  ['/_emulator/public-client-flows', { clientId: 'x', enabled: false }],
  ['/_emulator/consent-policy', { usersMayConsent: false }],
  ['/_emulator/replication-delay', { ms: 60_000 }],
  ['/_emulator/redirect-uris/remove', { clientId: 'x', redirectUri: 'http://localhost' }],
  ['/_emulator/role-claims', { inTokens: false }],
  ['/_emulator/member-of-refusal', { status: 403 }],
];

describe('an emulator started with a control secret', () => {
  const started = useEmulator('control-secret', { controlSecret: SECRET });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    started().client.send('POST', path, headers, body);
  const expectRefused = (answer: HttpsAnswer) => {
    expect(answer.status).toBe(403);
    expect(jsonOf(answer)).toEqual({
      error: 'control_secret_required',
      message: expect.stringContaining("need this run's secret"),
    });
  };

  it.each(CONTROLS)('refuses %s without the secret', async (path, body) => {
    expectRefused(await post(path, body));
  });

  it.each([
    ['another secret of the same length', randomBytes(32).toString('base64url')],
    ['the secret with one character more', `${SECRET}x`],
    ['a prefix of the secret', SECRET.slice(0, 10)],
    ['the secret in upper case', SECRET.toUpperCase()],
    ['an empty value', ''],
  ])('refuses a control call with %s', async (_, wrong) => {
    expectRefused(
      await post('/_emulator/conditional-access', { blockDeviceCode: true }, { [HEADER]: wrong }),
    );
  });

  it('refuses the secret anywhere but its header (query, bearer token)', async () => {
    expectRefused(await post(`/_emulator/conditional-access?${HEADER}=${SECRET}`, {}));
    expectRefused(
      await post('/_emulator/conditional-access', {}, { authorization: `Bearer ${SECRET}` }),
    );
  });

  it.each([
    '/_EMULATOR/Conditional-Access',
    '/_emulator//conditional-access',
    '/_emulator/conditional-access/',
    '/_emulator/no-such-control',
  ])('refuses %s too: any path the router takes to a control, and unknown ones', async (path) => {
    expectRefused(await post(path, { blockDeviceCode: true }));
  });

  it('refused calls change nothing: a device code is neither approved nor blocked nor failed', async () => {
    const { client, emulator } = started();
    const upn = emulator.info.users[0]!.upn;
    for (const [path, body] of CONTROLS) await post(path, body);
    const code = await client.startDeviceCode(SCOPE);
    expectRefused(await client.approve(code.user_code, upn));
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error: 'authorization_pending',
    });
    expect(emulator.control.approveDeviceCode(code.user_code, upn)).toBe(true);
    expect((await client.redeemDeviceCode(code.device_code)).status).toBe(200);
  });

  it('answers a control call that carries the secret, and the control acts', async () => {
    const { client, emulator } = started();
    const upn = emulator.info.users[0]!.upn;
    const withSecret = { [HEADER]: SECRET };
    expect(
      (await post('/_emulator/conditional-access', { blockDeviceCode: true }, withSecret)).status,
    ).toBe(200);
    const code = await client.startDeviceCode(SCOPE);
    const approved = await post(
      '/_emulator/device/approve',
      { user_code: code.user_code, upn },
      withSecret,
    );
    expect(approved.status).toBe(200);
    expect(jsonOf(await client.redeemDeviceCode(code.device_code))).toMatchObject({
      error_codes: [53003],
    });
    expect(
      (await post('/_emulator/conditional-access', { blockDeviceCode: false }, withSecret)).status,
    ).toBe(200);
    expect((await post('/_emulator/no-such-control', {}, withSecret)).status).toBe(404);
  });

  it('serves the identity endpoints and the pages without it', async () => {
    const { client, emulator } = started();
    const { tenantId } = emulator.info;
    const discovery = await client.get(`/${tenantId}/v2.0/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const code = await client.startDeviceCode(SCOPE);
    expect(code.user_code).toBeTruthy();
    expect((await client.get('/devicelogin')).status).toBe(200);
  });

  it('is not in the ready info (whoever reads it cannot steer the tenant)', () => {
    expect(JSON.stringify(started().emulator.info)).not.toContain(SECRET);
  });
});

describe('an emulator started without one', () => {
  const started = useEmulator('no-control-secret');

  it('answers control calls from anyone, as tests, the CLI and scripts expect', async () => {
    const { client } = started();
    const on = await client.postJson('/_emulator/conditional-access', { blockDeviceCode: true });
    expect(on.status).toBe(200);
    const off = await client.postJson('/_emulator/conditional-access', { blockDeviceCode: false });
    expect(off.status).toBe(200);
  });
});
