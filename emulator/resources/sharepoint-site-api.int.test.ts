import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useResourceFixture } from '../testing/resource-test-fixture.js';

const NOMETADATA = { accept: 'application/json;odata=nometadata' };
const VERBOSE = { accept: 'application/json;odata=verbose' };

// What `m365 spo site get`, `spo web list` and every SharePoint write (the form digest) call.
describe('SharePoint REST: _api/site, _api/web/webs, _api/contextinfo', () => {
  const f = useResourceFixture();
  const sp = () => f.emulator.info.sharepoint;
  const rootToken = () => f.token('megan', `${sp().rootUrl}/.default`);
  const post = (url: string, token: string, headers: Record<string, string> = NOMETADATA) =>
    f.client.send('POST', url, { ...headers, authorization: `Bearer ${token}` });

  it('GET _api/site describes the site collection of the URL, with $select', async () => {
    const token = await rootToken();
    const root = await f.get(`${sp().rootBaseUrl}/_api/site`, token, NOMETADATA);
    expect(root.status).toBe(200);
    expect(jsonOf(root)).toMatchObject({
      Id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ReadOnly: false,
      ServerRelativeUrl: '/',
      Url: sp().rootUrl,
    });
    const hr = await f.get(`${sp().rootBaseUrl}/sites/hr/_api/site?$select=Url,Id`, token, VERBOSE);
    expect(jsonOf(hr)).toEqual({
      d: {
        __metadata: expect.objectContaining({ type: 'SP.Site' }),
        Id: expect.any(String),
        Url: `${sp().rootUrl}/sites/hr`,
      },
    });
    expect(jsonOf<{ d: { Id: string } }>(hr).d.Id).not.toBe(jsonOf<{ Id: string }>(root).Id);
  });

  it('GET _api/web/webs lists the subsites (none in the sandbox) in both formats', async () => {
    const token = await rootToken();
    const plain = await f.get(`${sp().rootBaseUrl}/_api/web/webs`, token, NOMETADATA);
    expect(plain.status).toBe(200);
    expect(jsonOf(plain)).toEqual({ value: [] });
    const verbose = await f.get(`${sp().rootBaseUrl}/sites/it/_api/web/webs`, token, VERBOSE);
    expect(jsonOf(verbose)).toEqual({ d: { results: [] } });
  });

  it('POST _api/contextinfo gives a form digest for the web of the URL', async () => {
    const token = await rootToken();
    const answer = await post(`${sp().rootBaseUrl}/sites/hr/_api/contextinfo`, token);
    expect(answer.status).toBe(200);
    expect(jsonOf(answer)).toEqual({
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: expect.stringMatching(
        /^0x[0-9A-F]{128},\d{2} \w{3} \d{4} \d\d:\d\d:\d\d -0000$/,
      ),
      LibraryVersion: expect.stringMatching(/^16\.0\./),
      SiteFullUrl: `${sp().rootUrl}/sites/hr`,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: `${sp().rootUrl}/sites/hr`,
    });
    const verbose = jsonOf<{ d: { GetContextWebInformation: Record<string, unknown> } }>(
      await post(`${sp().rootBaseUrl}/_api/contextinfo`, token, VERBOSE),
    );
    expect(verbose.d.GetContextWebInformation).toMatchObject({
      __metadata: { type: 'SP.ContextWebInformation' },
      WebFullUrl: sp().rootUrl,
    });
  });

  it('refuses like SharePoint: no token 401, unknown site 404, GET on contextinfo, the admin host for a plain user', async () => {
    expect((await post(`${sp().rootBaseUrl}/_api/contextinfo`, '')).status).toBe(401);
    const token = await rootToken();
    const missing = await f.get(`${sp().rootBaseUrl}/sites/nope/_api/site`, token);
    expect(missing.status).toBe(404);
    expect(jsonOf(missing)).toMatchObject({
      'odata.error': { code: '-2147024894, System.IO.FileNotFoundException' },
    });
    const get = await f.get(`${sp().rootBaseUrl}/_api/contextinfo`, token);
    expect(get.status).toBe(405);
    expect(jsonOf(get)).toMatchObject({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
        message: {
          lang: 'en-US',
          value: expect.stringContaining("The HTTP method 'GET' cannot be used"),
        },
      },
    });
    const meganAdmin = await f.token('megan', `${sp().adminUrl}/.default`);
    expect((await post(`${sp().adminBaseUrl}/_api/contextinfo`, meganAdmin)).status).toBe(403);
    const lee = await f.token('lee', `${sp().adminUrl}/.default`);
    const allowed = jsonOf(await post(`${sp().adminBaseUrl}/_api/contextinfo`, lee));
    expect(allowed).toMatchObject({ WebFullUrl: sp().adminUrl });
  });
});
