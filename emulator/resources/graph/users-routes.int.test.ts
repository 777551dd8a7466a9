import { describe, expect, it } from 'vitest';
import { jsonOf } from '../../testing/https-client.js';
import { useResourceFixture } from '../../testing/resource-test-fixture.js';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

// The Graph calls real tools make first (`m365 entra user get`, `user list --properties`):
// one user by id or by userPrincipalName, and $select honoured on lists and single items.
describe('Graph /v1.0/users/{id | userPrincipalName} and $select', () => {
  const f = useResourceFixture();
  const graph = () => `${f.emulator.info.resources.graph.baseUrl}/v1.0`;
  const context = (fragment: string) => `${graph()}/$metadata#${fragment}`;

  it('gets one user by object id and by userPrincipalName (any case), in the default shape', async () => {
    const token = await f.token('admin', GRAPH_SCOPE);
    const megan = f.upn('megan');
    const byUpn = await f.get(`${graph()}/users/${megan.toUpperCase()}`, token);
    expect(byUpn.status).toBe(200);
    const user = jsonOf<Record<string, unknown>>(byUpn);
    expect(user).toMatchObject({
      '@odata.context': context('users/$entity'),
      displayName: 'Megan Bowen',
      userPrincipalName: megan,
      mail: megan,
      businessPhones: [],
    });
    const byId = await f.get(`${graph()}/users/${String(user.id)}`, token);
    expect(jsonOf(byId)).toEqual(user);
    const encoded = await f.get(`${graph()}/users/${encodeURIComponent(megan)}`, token);
    expect(encoded.status).toBe(200);
  });

  it('answers 404 Request_ResourceNotFound for nobody, naming what was asked', async () => {
    const token = await f.token('admin', GRAPH_SCOPE);
    const answer = await f.get(`${graph()}/users/nobody@contoso-sandbox.onmicrosoft.com`, token);
    expect(answer.status).toBe(404);
    expect(jsonOf(answer)).toMatchObject({
      error: {
        code: 'Request_ResourceNotFound',
        message:
          "Resource 'nobody@contoso-sandbox.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.",
        innerError: { 'request-id': expect.any(String) },
      },
    });
  });

  it('checks permissions like /users: User.Read reads only oneself', async () => {
    const admin = await f.token('admin', GRAPH_SCOPE);
    const self = await f.forge(admin, { scp: 'User.Read' });
    expect((await f.get(`${graph()}/users/${f.upn('admin')}`, self)).status).toBe(200);
    const other = await f.get(`${graph()}/users/${f.upn('megan')}`, self);
    expect(other.status).toBe(403);
    expect(jsonOf(other)).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    const basic = await f.forge(admin, { scp: 'User.ReadBasic.All' });
    expect((await f.get(`${graph()}/users/${f.upn('megan')}`, basic)).status).toBe(200);
  });

  it('honours $select on the list, in @odata.context and in the next link', async () => {
    const token = await f.token('megan', GRAPH_SCOPE);
    const first = await f.get(
      `${graph()}/users?$select=id,displayName,mail,userPrincipalName&$top=2`,
      token,
    );
    expect(first.status).toBe(200);
    const page = jsonOf<{ value: Record<string, unknown>[]; '@odata.nextLink': string }>(first);
    expect(page).toMatchObject({
      '@odata.context': context('users(id,displayName,mail,userPrincipalName)'),
    });
    for (const user of page.value)
      expect(Object.keys(user).sort()).toEqual(['displayName', 'id', 'mail', 'userPrincipalName']);
    const next = new URL(page['@odata.nextLink']);
    expect(next.searchParams.get('$select')).toBe('id,displayName,mail,userPrincipalName');
    const rest = jsonOf<{ value: Record<string, unknown>[] }>(await f.get(next.toString(), token));
    expect(rest.value).toEqual([
      {
        id: expect.any(String),
        displayName: 'Lee Gu',
        mail: f.upn('lee'),
        userPrincipalName: f.upn('lee'),
      },
      {
        id: expect.any(String),
        displayName: 'Alex Wilber',
        mail: f.upn('alex'),
        userPrincipalName: f.upn('alex'),
      },
    ]);
  });

  it('honours $select on one user and on /me, and returns an unknown property as absent', async () => {
    const token = await f.token('lee', GRAPH_SCOPE);
    const one = await f.get(
      `${graph()}/users/${f.upn('megan')}?$select=displayName,jobTitle`,
      token,
    );
    expect(jsonOf(one)).toEqual({
      '@odata.context': context('users(displayName,jobTitle)/$entity'),
      displayName: 'Megan Bowen',
      jobTitle: 'Marketing Manager',
    });
    const me = await f.get(`${graph()}/me?select=userPrincipalName`, token);
    expect(jsonOf(me)).toEqual({
      '@odata.context': context('users(userPrincipalName)/$entity'),
      userPrincipalName: f.upn('lee'),
    });
  });
});
