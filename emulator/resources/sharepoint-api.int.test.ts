import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useResourceFixture } from '../testing/resource-test-fixture.js';

const ACCESS_DENIED = {
  'odata.error': {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: {
      lang: 'en-US',
      value:
        'Access denied. You do not have permission to perform this action or access this resource.',
    },
  },
};

describe('SharePoint REST slice', () => {
  const f = useResourceFixture();
  const sp = () => f.emulator.info.sharepoint;
  const rootScope = () => `${sp().rootUrl}/.default`;
  const adminScope = () => `${sp().adminUrl}/.default`;

  it('serves the root web and sites with $select, Url on the public host', async () => {
    const token = await f.token('megan', rootScope());
    const root = await f.get(`${sp().rootBaseUrl}/_api/web?$select=Title,Url`, token);
    expect(root.status).toBe(200);
    expect(root.headers.sprequestguid).toMatch(/^[0-9a-f-]{36}$/);
    expect(jsonOf(root)).toEqual({ Title: 'Contoso sandbox', Url: sp().rootUrl });

    const hr = await f.get(`${sp().rootBaseUrl}/sites/hr/_api/web?$select=Title,Url`, token);
    expect(jsonOf(hr)).toEqual({ Title: 'Human Resources', Url: `${sp().rootUrl}/sites/hr` });

    const itSite = await f.get(`${sp().rootBaseUrl}/sites/IT/_api/web`, token, {
      accept: 'application/json;odata=verbose',
    });
    expect(jsonOf(itSite)).toMatchObject({
      d: { __metadata: { type: 'SP.Web' }, Title: 'IT', Url: `${sp().rootUrl}/sites/it` },
    });
  });

  it('answers 404 FileNotFoundException for an unknown site', async () => {
    const token = await f.token('admin', rootScope());
    const answer = await f.get(`${sp().rootBaseUrl}/sites/nope/_api/web`, token);
    expect(answer.status).toBe(404);
    expect(jsonOf(answer)).toMatchObject({
      'odata.error': { code: '-2147024894, System.IO.FileNotFoundException' },
    });
  });

  it('opens the admin center for SharePoint and Global Administrators only', async () => {
    for (const account of ['lee', 'admin'] as const) {
      const answer = await f.get(
        `${sp().adminBaseUrl}/_api/web?$select=Title,Url`,
        await f.token(account, adminScope()),
      );
      expect(answer.status, account).toBe(200);
      expect(jsonOf(answer)).toEqual({ Title: 'SharePoint admin center', Url: sp().adminUrl });
    }
    const megan = await f.get(
      `${sp().adminBaseUrl}/_api/web`,
      await f.token('megan', adminScope()),
    );
    expect(megan.status).toBe(403);
    expect(jsonOf(megan)).toEqual(ACCESS_DENIED);
  });

  it('answers 401 with the tenant realm for a token of the other host, Graph, or an expired one', async () => {
    const rootToken = await f.token('lee', rootScope());
    const wrongHost = await f.get(`${sp().adminBaseUrl}/_api/web`, rootToken);
    expect(wrongHost.status).toBe(401);
    expect(jsonOf(wrongHost).error_description).toContain('AudienceUriValidationFailedException');
    expect(wrongHost.headers['www-authenticate']).toMatch(
      new RegExp(
        `^Bearer realm="${f.emulator.info.tenantId}",client_id="00000003-0000-0ff1-ce00-000000000000"`,
      ),
    );
    expect(wrongHost.headers['x-ms-diagnostics']).toContain(
      `Invalid audience Uri '${sp().rootUrl}'`,
    );

    const graphToken = await f.token('admin', 'https://graph.microsoft.com/.default');
    expect((await f.get(`${sp().rootBaseUrl}/_api/web`, graphToken)).status).toBe(401);

    const expired = await f.get(`${sp().rootBaseUrl}/_api/web`, await f.expired(rootToken));
    expect(expired.status).toBe(401);
    expect(jsonOf(expired)).toEqual({
      error_description: 'Invalid JWT token. The token is expired.',
    });
  });

  it('answers 403 when the scope is missing (admin host needs AllSites.FullControl)', async () => {
    const rootToken = await f.token('admin', rootScope());
    const searchOnly = await f.forge(rootToken, { scp: 'Sites.Search.All' });
    const denied = await f.get(`${sp().rootBaseUrl}/_api/web`, searchOnly);
    expect(denied.status).toBe(403);
    expect(jsonOf(denied)).toEqual(ACCESS_DENIED);

    const adminToken = await f.token('admin', adminScope());
    const readOnly = await f.forge(adminToken, { scp: 'AllSites.Read' });
    expect((await f.get(`${sp().adminBaseUrl}/_api/web`, readOnly)).status).toBe(403);
    expect((await f.get(`${sp().adminBaseUrl}/_api/web`, adminToken)).status).toBe(200);
  });
});
