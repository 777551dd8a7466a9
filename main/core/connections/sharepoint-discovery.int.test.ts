/**
 * SharePoint without a typed URL (issue 14, item 8), core + emulator over HTTPS: the connect
 * dialog asks the core for the tenant's root site and admin center, found through Microsoft
 * Graph (`GET /v1.0/sites/root`) as a connection already signed in, a person's or an app's.
 * Asking binds nothing; the answer is what the dialog fills in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInAppOnly,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const siteRootRequests = () =>
  f.emulator.control.requests().filter((r) => r.path.includes('/v1.0/sites/root'));

describe('sharepoint.discover', () => {
  it.each([
    ['the Global Administrator', 'Global Administrator'],
    ['a plain user', null],
  ] as const)('finds the root site and admin center as %s, binding nothing', async (_who, role) => {
    f = await startCoreFixture();
    const graph = valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, role).upn));
    const found = await f.value('sharepoint.discover', { connectionId: graph.connectionId! });
    const { rootUrl, adminUrl } = f.emulator.info.sharepoint;
    expect(found).toMatchObject({ siteUrl: rootUrl, rootUrl, adminUrl, isAdmin: false });
    expect(siteRootRequests()).toHaveLength(1);
    const accounts = await f.value('accounts.list', {});
    expect(accounts[0]!.services).toEqual(['graph']);
  });

  it('finds it as an app-only connection too (Graph Sites.Read.All as the app)', async () => {
    f = await startCoreFixture();
    const connectionId = await signInAppOnly(f, 'graph', 'secret');
    const found = await f.value('sharepoint.discover', { connectionId });
    expect(found.adminUrl).toBe(f.emulator.info.sharepoint.adminUrl);
  });

  it('says plainly when Graph cannot tell (consent for Sites.Read.All missing)', async () => {
    f = await startCoreFixture();
    f.emulator.control.revokeTenantConsent('https://graph.microsoft.com', 'Sites.Read.All');
    const graph = valueOf(
      await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
    );
    const result = await f.invoke('sharepoint.discover', { connectionId: graph.connectionId! });
    expect(result).toMatchObject({ ok: false, code: 'AADSTS65001' });
  });

  it('refuses a connection that does not exist', async () => {
    f = await startCoreFixture();
    expect(await f.invoke('sharepoint.discover', { connectionId: 'gone' })).toMatchObject({
      ok: false,
      code: 'unknown_connection',
    });
  });
});
