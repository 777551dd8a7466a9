import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useResourceFixture } from '../testing/resource-test-fixture.js';

const SCOPE = 'https://manage.office.com/.default';

describe('Office 365 Management Activity API slice', () => {
  const f = useResourceFixture();
  const listUrl = (tenant = f.emulator.info.tenantId) =>
    `${f.emulator.info.resources.managementApi.baseUrl}/api/v1.0/${tenant}/activity/feed/subscriptions/list`;

  it('lists subscriptions for the Global Administrator', async () => {
    const answer = await f.get(listUrl(), await f.token('admin', SCOPE));
    expect(answer.status).toBe(200);
    expect(jsonOf<unknown[]>(answer)).toContainEqual({
      contentType: 'Audit.General',
      status: 'enabled',
      webhook: null,
    });
  });

  it('refuses a plain user and a SharePoint admin for their role, not for a permission their token carries', async () => {
    for (const account of ['megan', 'lee'] as const) {
      const answer = await f.get(listUrl(), await f.token(account, SCOPE));
      expect(answer.status, account).toBe(403);
      const { error } = jsonOf<{ error: { code: string; message: string } }>(answer);
      expect(error.code, account).not.toBe('AF10001');
      expect(error.message, account).toMatch(/is not allowed to read this tenant's audit log\.$/);
      expect(error.message, account).not.toContain('did not include the expected permission');
    }
  });

  it('answers AF20010 for another tenant in the path and AF20013 for a non-GUID', async () => {
    const token = await f.token('admin', SCOPE);
    const other = randomUUID();
    const mismatch = await f.get(listUrl(other), token);
    expect(mismatch.status).toBe(400);
    expect(jsonOf(mismatch)).toEqual({
      error: {
        code: 'AF20010',
        message: `The tenant ID passed in the URL (${other}) does not match the tenant ID passed in the access token (${f.emulator.info.tenantId}).`,
      },
    });
    const notGuid = await f.get(listUrl('contoso'), token);
    expect(jsonOf(notGuid)).toMatchObject({ error: { code: 'AF20013' } });
  });

  it('answers 401 for expired and wrong-audience tokens, 403 AF10001 for a missing scope', async () => {
    const token = await f.token('admin', SCOPE);
    const expired = await f.get(listUrl(), await f.expired(token));
    expect(expired.status).toBe(401);
    expect(expired.headers['www-authenticate']).toMatch(/^Bearer /);
    const graph = await f.token('admin', 'https://graph.microsoft.com/.default');
    expect((await f.get(listUrl(), graph)).status).toBe(401);

    const healthOnly = await f.get(listUrl(), await f.forge(token, { scp: 'ServiceHealth.Read' }));
    expect(healthOnly.status).toBe(403);
    expect(jsonOf(healthOnly)).toEqual({
      error: {
        code: 'AF10001',
        message:
          'The permission set (ServiceHealth.Read) sent in the request did not include the expected permission ActivityFeed.Read.',
      },
    });
  });
});
