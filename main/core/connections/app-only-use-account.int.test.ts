/**
 * An app-only connection offered to another service (`service.useAccount`) is refused for
 * the same reasons an app-only sign-in is, before anything is bound. Found by the bridge fuzz
 * test: SharePoint without a site URL said "the saved sign-in is not on this computer any
 * more" (it tried to discover the site through a person's Graph token), SharePoint through a
 * client secret was bound, and so was Viva Engage, which has no application permissions.
 * Issue 14: with a certificate and no URL, the root site is found through Graph as the app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceId } from '../../../preload/contract';
import {
  signInAppOnly,
  startCoreFixture,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

/** Graph connected app-only with the sandbox's daemon app; its connection id. */
const appOnlyGraph = (kind: 'secret' | 'certificate') => signInAppOnly(f, 'graph', kind);

const servicesOf = async (connectionId: string) =>
  (await f.value('accounts.list', {})).find((c) => c.id === connectionId)?.services;

describe('an app-only connection used for another service', () => {
  it.each([
    // A site URL would not help a secret: SharePoint's refusal of secrets is what is said.
    ['SharePoint without a site URL', 'sharepoint', false, 'sharepoint_refuses_secrets'],
    ['SharePoint through a client secret', 'sharepoint', true, 'sharepoint_refuses_secrets'],
    ['Viva Engage', 'vivaEngage', false, 'app_only_not_supported'],
  ] as const)('refuses %s plainly and binds nothing', async (_what, serviceId, site, code) => {
    f = await startCoreFixture();
    const connectionId = await appOnlyGraph('secret');
    const result = await f.invoke('service.useAccount', {
      serviceId,
      connectionId,
      ...(site ? { siteUrl: f.emulator.info.sharepoint.rootUrl } : {}),
    });
    expect(result).toMatchObject({ ok: false, code });
    expect(await servicesOf(connectionId)).toEqual(['graph']);
  });

  it('connects SharePoint with a site URL through a certificate connection', async () => {
    f = await startCoreFixture();
    const connectionId = await appOnlyGraph('certificate');
    const status = await f.invoke('service.useAccount', {
      serviceId: 'sharepoint' satisfies ServiceId,
      connectionId,
      siteUrl: f.emulator.info.sharepoint.rootUrl,
    });
    expect(status).toMatchObject({
      ok: true,
      value: { state: 'connected', tokenDetails: { tokenType: 'app-only' }, probe: { ok: true } },
    });
    expect(await servicesOf(connectionId)).toEqual(['graph', 'sharepoint']);
  });

  it('finds the root site through Graph as the app when no URL is given (certificate)', async () => {
    f = await startCoreFixture();
    const connectionId = await appOnlyGraph('certificate');
    const status = valueOf(
      await f.invoke('service.useAccount', { serviceId: 'sharepoint', connectionId }),
    );
    expect(status).toMatchObject({
      state: 'connected',
      sharePoint: { siteUrl: f.emulator.info.sharepoint.rootUrl, isAdmin: false },
      tokenDetails: { tokenType: 'app-only' },
      probe: { ok: true },
    });
  });
});
