import { describe, expect, it } from 'vitest';
import { graphInnerError } from '../testing/graph-error.js';
import { jsonOf } from '../testing/https-client.js';
import { useEmulator } from '../testing/use-emulator.js';

// A route the sandbox does not serve answers in the shape and status of the service it belongs
// to, as that service would; under Microsoft's host names (sandbox-proxy.int.test.ts) no answer
// names the emulator's own path prefixes.
describe('unknown routes and refusals, in each service’s own shape', () => {
  const running = useEmulator('error-shapes');
  const get = (path: string) => running().client.get(path);
  const noPrefix = (text: string) => {
    for (const prefix of ['/graph', '/sharepoint', '/manage', '/azure', '/yammer'])
      expect(text).not.toContain(`${prefix}/`);
  };

  it('Graph: 400 BadRequest "Resource not found for the segment", with innerError', async () => {
    const answer = await get('/graph/v1.0/users/x/nothingHere');
    expect(answer.status).toBe(400);
    expect(jsonOf(answer)).toEqual({
      error: {
        code: 'BadRequest',
        message: "Resource not found for the segment 'nothingHere'.",
        innerError: graphInnerError(answer),
      },
    });
    noPrefix(answer.text);
    const wrongMethod = await running().client.send('PUT', '/graph/v1.0/me');
    expect(wrongMethod.status).toBe(405);
    expect(jsonOf(wrongMethod)).toMatchObject({
      error: { code: 'Request_BadRequest', innerError: { 'request-id': expect.any(String) } },
    });
  });

  it('SharePoint: odata.error with lang and value; verbose clients get error', async () => {
    const api = await get('/sharepoint/contoso-sandbox/_api/nothingHere');
    expect(api.status).toBe(404);
    expect(jsonOf(api)).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
        message: { lang: 'en-US', value: 'Cannot find resource for the request nothingHere.' },
      },
    });
    const page = await running().client.get('/sharepoint/contoso-sandbox/Shared%20Documents/x', {
      accept: 'application/json;odata=verbose',
    });
    expect(page.status).toBe(404);
    expect(jsonOf(page)).toMatchObject({
      error: { code: '-2147024894, System.IO.FileNotFoundException' },
    });
    noPrefix(api.text + page.text);
  });

  it('Azure Resource Manager: {"error":{"code","message"}}', async () => {
    const answer = await get('/azure/nothingHere?api-version=2022-12-01');
    expect(answer.status).toBe(404);
    const body = jsonOf<{ error: { code: string; message: string } }>(answer);
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    // It quotes the URL as the client sent it (here the sandbox's own address).
    expect(body.error.message).toContain(`${running().emulator.info.url}/azure/nothingHere`);
  });

  it('Management Activity API: the ASP.NET Web API body it answers unknown routes with', async () => {
    const tenant = running().emulator.info.tenantId;
    const answer = await get(`/manage/api/v1.0/${tenant}/nothingHere`);
    expect(answer.status).toBe(404);
    expect(jsonOf(answer)).toEqual({
      Message: `No HTTP resource was found that matches the request URI '${running().emulator.info.url}/manage/api/v1.0/${tenant}/nothingHere'.`,
    });
  });

  it('Viva Engage: {"response":{"message","stat":"fail"}}', async () => {
    const answer = await get('/yammer/api/v1/nothingHere.json');
    expect(answer.status).toBe(404);
    expect(jsonOf(answer)).toMatchObject({
      response: { stat: 'fail', message: expect.any(String) },
    });
    noPrefix(answer.text);
  });

  it('the identity platform: an OAuth error body; a GET on the token endpoint is AADSTS900561', async () => {
    const unknown = await get('/nothingHere');
    expect(unknown.status).toBe(404);
    expect(jsonOf(unknown)).toMatchObject({
      error: expect.any(String),
      error_description: expect.any(String),
    });
    const token = await get(`/${running().emulator.info.tenantId}/oauth2/v2.0/token`);
    expect(token.status).toBe(400);
    expect(jsonOf(token)).toMatchObject({ error: 'invalid_request', error_codes: [900561] });
    noPrefix(unknown.text + token.text);
  });
});
