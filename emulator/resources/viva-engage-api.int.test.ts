import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useResourceFixture } from '../testing/resource-test-fixture.js';

const SCOPE = 'https://api.yammer.com/.default';

describe('Viva Engage (Yammer) slice', () => {
  const f = useResourceFixture();
  const current = () => `${f.emulator.info.resources.vivaEngage.baseUrl}/api/v1/users/current.json`;

  it('returns the current user for any signed-in account', async () => {
    const answer = await f.get(current(), await f.token('megan', SCOPE));
    expect(answer.status).toBe(200);
    const body = jsonOf(answer);
    expect(body).toMatchObject({
      full_name: 'Megan Bowen',
      email: f.upn('megan'),
      network_name: 'Contoso (sandbox)',
      state: 'active',
    });
    expect(Number.isSafeInteger(body.id)).toBe(true);
  });

  it('refuses an app-only token (roles, no scp) with 403', async () => {
    const token = await f.token('admin', SCOPE);
    const appOnly = await f.forge(token, {
      scp: undefined,
      roles: ['user_impersonation'],
      idtyp: 'app',
    });
    const answer = await f.get(current(), appOnly);
    expect(answer.status).toBe(403);
    expect(jsonOf(answer)).toMatchObject({ response: { stat: 'fail' } });
  });

  it('answers 401 for expired and wrong-audience tokens', async () => {
    const token = await f.token('admin', SCOPE);
    expect((await f.get(current(), await f.expired(token))).status).toBe(401);
    const graph = await f.token('admin', 'https://graph.microsoft.com/.default');
    expect((await f.get(current(), graph)).status).toBe(401);
  });

  it('is gone while unprovisioned: no tokens (AADSTS500011), API 404; back after switching on', async () => {
    const token = await f.token('megan', SCOPE);
    const off = await f.client.postJson('/_emulator/viva-engage', { provisioned: false });
    expect(jsonOf(off)).toEqual({ provisioned: false });
    expect((await f.get(current(), token)).status).toBe(404);
    await expect(f.token('megan', SCOPE)).rejects.toThrow(/invalid_resource.*AADSTS500011/s);

    f.emulator.control.setVivaEngageProvisioned(true);
    expect((await f.get(current(), await f.token('megan', SCOPE))).status).toBe(200);
    expect((await f.client.postJson('/_emulator/viva-engage', { provisioned: 'no' })).status).toBe(
      400,
    );
  });
});
