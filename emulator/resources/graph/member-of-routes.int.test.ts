import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../../testing/https-client.js';
import { useResourceFixture } from '../../testing/resource-test-fixture.js';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const SHAREPOINT_ADMIN = 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c';
const MEMBER = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

// Issue 18: where tokens carry no `wids`, clients read the person's roles from /me/memberOf.
describe('Graph /v1.0/me/memberOf and tokens without wids', () => {
  const f = useResourceFixture();
  const memberOf = () =>
    `${f.emulator.info.resources.graph.baseUrl}/v1.0/me/memberOf/microsoft.graph.directoryRole?$select=roleTemplateId`;
  afterEach(() => {
    f.emulator.control.setRoleClaimsInTokens(true);
    f.emulator.control.refuseMemberOf(null);
  });

  it('leaves wids out of tokens issued while role claims are off, and only then', async () => {
    // Every member's `wids` also lists the default "User" role template.
    expect(decodeJwt(await f.token('lee', GRAPH_SCOPE)).wids).toEqual([SHAREPOINT_ADMIN, MEMBER]);
    expect(decodeJwt(await f.token('megan', GRAPH_SCOPE)).wids).toEqual([MEMBER]);
    f.emulator.control.setRoleClaimsInTokens(false);
    const without = decodeJwt(await f.token('lee', GRAPH_SCOPE));
    expect(without.wids).toBeUndefined();
    expect(without.scp).toContain('User.Read');
  });

  it('lists the person’s directory roles by template id, and none for a plain user', async () => {
    const lee = await f.get(memberOf(), await f.token('lee', GRAPH_SCOPE));
    expect(lee.status).toBe(200);
    expect(jsonOf(lee)).toMatchObject({
      '@odata.context': expect.stringMatching(/\$metadata#directoryRoles$/),
      value: [
        { '@odata.type': '#microsoft.graph.directoryRole', roleTemplateId: SHAREPOINT_ADMIN },
      ],
    });
    const megan = await f.get(memberOf(), await f.token('megan', GRAPH_SCOPE));
    expect(jsonOf(megan)).toMatchObject({ value: [] });
  });

  it('with User.Read alone: lists the role with limited information (no template id)', async () => {
    const userRead = await f.forge(await f.token('lee', GRAPH_SCOPE), { scp: 'User.Read' });
    const answer = jsonOf<{ value: Record<string, unknown>[] }>(await f.get(memberOf(), userRead));
    expect(answer.value).toEqual([
      { '@odata.type': '#microsoft.graph.directoryRole', roleTemplateId: null },
    ]);
    const none = await f.forge(userRead, { scp: 'Sites.Read.All' });
    expect((await f.get(memberOf(), none)).status).toBe(403);
  });

  it('refuses as scripted, in Graph’s words, until told to stop', async () => {
    const token = await f.token('lee', GRAPH_SCOPE);
    f.emulator.control.refuseMemberOf(403);
    const refused = await f.get(memberOf(), token);
    expect(refused.status).toBe(403);
    expect(jsonOf(refused)).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    f.emulator.control.refuseMemberOf(401);
    expect((await f.get(memberOf(), token)).status).toBe(401);
    f.emulator.control.refuseMemberOf(null);
    expect((await f.get(memberOf(), token)).status).toBe(200);
    expect(() => f.emulator.control.refuseMemberOf(500 as 403)).toThrow(/401, 403 or null/);
  });

  it('has HTTP twins for scripts; bad input answers 400 and changes nothing', async () => {
    const post = (path: string, body: unknown) => f.client.send('POST', path, {}, body);
    expect((await post('/_emulator/role-claims', { inTokens: false })).status).toBe(200);
    expect(decodeJwt(await f.token('admin', GRAPH_SCOPE)).wids).toBeUndefined();
    expect((await post('/_emulator/member-of-refusal', { status: 403 })).status).toBe(200);
    expect((await f.get(memberOf(), await f.token('admin', GRAPH_SCOPE))).status).toBe(403);
    const bad = await post('/_emulator/member-of-refusal', { status: 418 });
    expect(bad.status).toBe(400);
    expect((await post('/_emulator/role-claims', { inTokens: 'no' })).status).toBe(400);
    expect((await f.get(memberOf(), await f.token('admin', GRAPH_SCOPE))).status).toBe(403);
  });
});
