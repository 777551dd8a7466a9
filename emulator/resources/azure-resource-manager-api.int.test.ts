import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useResourceFixture } from '../testing/resource-test-fixture.js';

const SCOPE = 'https://management.azure.com/.default';

describe('Azure Resource Manager slice', () => {
  const f = useResourceFixture();
  const subscriptions = (query = '?api-version=2022-12-01') =>
    `${f.emulator.info.resources.azureManagement.baseUrl}/subscriptions${query}`;
  type ArmError = { error: { code: string; message: string } };

  it('lists the sandbox subscription for the Global Administrator', async () => {
    const answer = await f.get(subscriptions(), await f.token('admin', SCOPE));
    expect(answer.status).toBe(200);
    const body = jsonOf<{ value: { subscriptionId: string }[] }>(answer);
    expect(body).toMatchObject({
      value: [
        {
          tenantId: f.emulator.info.tenantId,
          displayName: 'Sandbox subscription',
          state: 'Enabled',
        },
      ],
      count: { type: 'Total', value: 1 },
    });
    expect(body.value[0]?.subscriptionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.value[0]).toMatchObject({ id: `/subscriptions/${body.value[0]?.subscriptionId}` });
  });

  it('lists nothing for users without an RBAC role', async () => {
    for (const account of ['megan', 'lee'] as const) {
      const answer = await f.get(subscriptions(), await f.token(account, SCOPE));
      expect(answer.status, account).toBe(200);
      expect(jsonOf(answer)).toEqual({ value: [], count: { type: 'Total', value: 0 } });
    }
  });

  it('accepts a token for the classic https://management.core.windows.net audience', async () => {
    const token = await f.token('admin', 'https://management.core.windows.net/.default');
    expect((await f.get(subscriptions(), token)).status).toBe(200);
  });

  it('requires api-version', async () => {
    const answer = await f.get(subscriptions(''), await f.token('admin', SCOPE));
    expect(answer.status).toBe(400);
    expect(jsonOf(answer)).toEqual({
      error: {
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.',
      },
    });
  });

  it('answers 401 for missing, expired and wrong-audience tokens; 403 for a missing scope', async () => {
    const token = await f.token('admin', SCOPE);
    const none = await f.get(subscriptions());
    expect(none.status).toBe(401);
    expect(jsonOf<ArmError>(none).error.code).toBe('AuthenticationFailed');

    const expired = await f.get(subscriptions(), await f.expired(token));
    expect(expired.status).toBe(401);
    expect(jsonOf<ArmError>(expired).error.code).toBe('ExpiredAuthenticationToken');
    expect(expired.headers['www-authenticate']).toContain('error="invalid_token"');

    const graph = await f.get(
      subscriptions(),
      await f.token('admin', 'https://graph.microsoft.com/.default'),
    );
    expect(graph.status).toBe(401);
    expect(jsonOf<ArmError>(graph).error).toMatchObject({
      code: 'InvalidAuthenticationTokenAudience',
      message: expect.stringContaining("wrong audience or resource 'https://graph.microsoft.com'"),
    });

    const noScope = await f.get(subscriptions(), await f.forge(token, { scp: 'openid' }));
    expect(noScope.status).toBe(403);
    expect(jsonOf<ArmError>(noScope).error.code).toBe('AuthorizationFailed');
  });

  it('authorizes an app by RBAC, not by app roles: one without a role assignment lists none', async () => {
    const token = await f.token('admin', SCOPE);
    const app = await f.forge(token, { idtyp: 'app', scp: undefined, roles: undefined });
    const answer = await f.get(subscriptions(), app);
    expect(answer.status).toBe(200);
    expect(jsonOf<{ value: unknown[] }>(answer).value).toEqual([]);
  });
});
