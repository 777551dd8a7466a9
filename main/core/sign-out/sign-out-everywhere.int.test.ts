/**
 * Sign out everywhere after a full run: a person by device code, an app-only connection with a
 * certificate M365 Desk made (unattended access) and one with a client secret, the Set up app
 * session, a proxy with a password. The confirmation lists each; afterwards the store folder
 * holds no secret at all, and no token, key or password of the run is anywhere in it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks, heldSecrets, storeHaystacks, textSecret } from '../testing/leak-scan';
import { inspectStoreDir } from '../testing/store-inspector';
import { setUpUnattended } from '../testing/unattended-helpers';
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

const PROXY_PASSWORD = 'Proxy-Pa55word-to-forget';

describe('Sign out everywhere', () => {
  it('lists, then removes, every connection, credential, the setup session and the proxy password', async () => {
    f = await startCoreFixture();
    const upn = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    await setUpUnattended(f); // signs in to Set up app; keeps the session
    await signInAppOnly(f, 'entra', 'secret');
    valueOf(
      await f.invoke('settings.proxy.set', {
        proxyUrl: `http://alice:${PROXY_PASSWORD}@proxy.invalid:3128`,
      }),
    );
    const before = await inspectStoreDir(f.storeDir, f.cipher);
    const secrets = [
      ...heldSecrets(before),
      ...f.emulator.control.issuedTokens().map((t, i) => textSecret(`token #${i + 1}`, t)),
      textSecret('client secret', f.emulator.info.confidentialClient.secret),
      textSecret('proxy password', PROXY_PASSWORD),
    ];
    expect(heldSecrets(before).length).toBeGreaterThan(0);
    expect(Object.keys(before.secrets).length).toBeGreaterThan(2);

    const { items } = await f.value('signOut.everywherePreview', {});
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^.+ · .+: its sign-in and tokens$/),
        expect.stringContaining("the app's client secret"),
        expect.stringContaining("the app's certificate"),
        `The Set up app sign-in (${upn})`,
        'The proxy password',
      ]),
    );

    const { removed } = await f.value('signOut.everywhere', {});
    expect(removed).toEqual(items);
    // The proxy stays, without its password (not even in memory); the user name is no secret.
    expect(await f.value('settings.proxy.get', {})).toMatchObject({
      displayUrl: 'http://alice@proxy.invalid:3128',
      hasPassword: false,
    });
    expect(await f.value('accounts.list', {})).toEqual([]);
    expect(await f.value('appSetup.session', {})).toBeNull();
    await f.core.close(); // what it had in memory is written out

    const after = await inspectStoreDir(f.storeDir, f.cipher);
    expect(after.secrets).toEqual({});
    expect(after.accounts).toEqual([]);
    const folder = readdirSync(f.storeDir).find((n) => n.endsWith('-secrets'));
    expect(folder ? readdirSync(join(f.storeDir, folder)) : []).toEqual([]);
    expect(findLeaks(secrets, storeHaystacks(f.storeDir))).toEqual([]);
  });

  it('leaves no failed sign-in behind in the diagnostics report', async () => {
    f = await startCoreFixture();
    const upn = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    f.emulator.control.failSignIn(50076, 1);
    expect(await signInByDeviceCode(f, 'sharepoint', upn)).toMatchObject({ code: 'AADSTS50076' });
    expect((await f.value('app.diagnostics', {})).text).toContain('AADSTS50076');

    await f.value('signOut.everywhere', {});
    expect((await f.value('app.diagnostics', {})).text).not.toMatch(/Failed sign-in|AADSTS50076/);
  });

  it('with nothing signed in, the list is empty', async () => {
    f = await startCoreFixture();
    expect(await f.value('signOut.everywherePreview', {})).toEqual({ items: [] });
  });
});
