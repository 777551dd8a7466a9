import { describe, expect, it } from 'vitest';
import { parseScopeRequest, responseScope } from './scope-request.js';

const graph = 'https://graph.microsoft.com';

describe('parseScopeRequest', () => {
  it('treats short names as Microsoft Graph and separates OIDC scopes', () => {
    const request = parseScopeRequest('openid user.read profile offline_access');
    expect(request.resource.audience).toBe(graph);
    expect(request.oidc).toEqual(['openid', 'profile', 'offline_access']);
    expect(request.requested).toEqual([{ raw: 'user.read', name: 'User.Read' }]);
    expect(request.isDefault).toBe(false);
  });

  it('understands full-form and .default scopes by audience or app id', () => {
    expect(parseScopeRequest(`${graph}/.default`).isDefault).toBe(true);
    const byAppId = parseScopeRequest('00000003-0000-0000-c000-000000000000/User.Read');
    expect(byAppId.resource.audience).toBe(graph);
    expect(parseScopeRequest(`${graph}//.default openid`).isDefault).toBe(true);
  });

  it('defaults to Graph when only OIDC scopes are asked', () => {
    const request = parseScopeRequest('openid profile');
    expect(request.resource.audience).toBe(graph);
    expect(request.requested).toEqual([]);
  });

  it('rejects unknown scopes, unknown resources and .default mixed with named scopes', () => {
    expect(() => parseScopeRequest('Mail.Fly')).toThrowError(/AADSTS70011/);
    expect(() => parseScopeRequest('https://contoso.example/x')).toThrowError(/AADSTS500011/);
    expect(() => parseScopeRequest(`${graph}/.default User.Read`)).toThrowError(/AADSTS70011/);
  });

  it('accepts one resource spelled both by audience and by app id', () => {
    const request = parseScopeRequest(
      `${graph}/User.Read 00000003-0000-0000-c000-000000000000/Directory.Read.All`,
    );
    expect(request.requested.map((r) => r.name)).toEqual(['User.Read', 'Directory.Read.All']);
  });
});

describe('parseScopeRequest across resources', () => {
  const root = 'https://contoso-sandbox.sharepoint.com';
  const admin = 'https://contoso-sandbox-admin.sharepoint.com';

  it('keeps the SharePoint host asked for as the audience of one resource', () => {
    expect(parseScopeRequest(`${admin}/AllSites.FullControl`)).toMatchObject({
      audience: admin,
      resource: { appId: '00000003-0000-0ff1-ce00-000000000000' },
    });
    expect(parseScopeRequest(`${root}//.default`).audience).toBe(root);
  });

  it('rejects two resources, or both SharePoint hosts, in one request (AADSTS70011)', () => {
    expect(() =>
      parseScopeRequest(`User.Read https://manage.office.com/ActivityFeed.Read`),
    ).toThrowError(/AADSTS70011/);
    expect(() => parseScopeRequest(`${root}/AllSites.Read ${admin}/AllSites.Read`)).toThrowError(
      /AADSTS70011/,
    );
  });

  it('treats foreign SharePoint hosts and unprovisioned resources as absent (AADSTS500011)', () => {
    expect(() => parseScopeRequest('https://fabrikam.sharepoint.com/.default')).toThrowError(
      /AADSTS500011/,
    );
    const noYammer = (api: { key: string }) => api.key !== 'vivaEngage';
    expect(() =>
      parseScopeRequest('https://api.yammer.com/.default', 'Contoso', noYammer),
    ).toThrowError(
      /AADSTS500011: The resource principal named https:\/\/api.yammer.com was not found in the tenant named Contoso/,
    );
    expect(
      parseScopeRequest('https://manage.office.com/.default', 'Contoso', noYammer).isDefault,
    ).toBe(true);
  });
});

describe('responseScope', () => {
  it('echoes requested resource scopes verbatim, then granted ones, then OIDC scopes', () => {
    const request = parseScopeRequest(`${graph}/.default openid profile offline_access`);
    expect(responseScope(request, ['User.Read', 'Organization.Read.All'])).toBe(
      `${graph}/.default ${graph}/User.Read ${graph}/Organization.Read.All openid profile offline_access`,
    );
  });

  it('keeps the short form when the client used it, without duplicates', () => {
    const request = parseScopeRequest('User.Read openid');
    expect(responseScope(request, ['User.Read', 'Organization.Read.All'])).toBe(
      'User.Read Organization.Read.All openid',
    );
  });
});
