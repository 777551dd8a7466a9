/**
 * Damage at rest, end to end through the core: a corrupted store file, a damaged secret's file
 * or tokens that no longer decrypt are kept aside, the person is told, what was not damaged is
 * kept, and signing in again works.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountPartition, cloudAppPartition } from './msal/token-cache-store';
import type { AccountRecord } from './store/connection-registry';
import { sealedFilePath } from './store/sealed-file-names';
import { AesGcmTestCipher } from './testing/aes-gcm-test-cipher';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';
import { confStore, secretsFolderIn } from './testing/conf-store';

let f: CoreFixture;
afterEach(async () => f?.close());

describe('damage at rest', () => {
  it('tokens encrypted under another key: set aside, the panel asks to sign in again, the app says why', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', admin));

    await f.restart(new AesGcmTestCipher()); // the keystore's key changed
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status.state).toBe('needs-sign-in');
    const info = await f.value('app.info', {});
    expect(info.notices.map((n) => n.code)).toContain('tokens_unreadable_decrypt-failed');
    expect(readdirSync(join(secretsFolderIn(f.storeDir).path, 'unreadable.aside'))).toHaveLength(1);

    const again = valueOf(await signInByDeviceCode(f, 'graph', admin));
    expect(again).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });

  it('a damaged secret’s file: kept aside as it is, the person told, the other sign-ins kept', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', admin));
    valueOf(await signInByDeviceCode(f, 'entra', userWithRole(f, null).upn));
    await f.core.close();
    const record = (confStore(f.storeDir).get('accounts') as AccountRecord[]).find(
      (a) => a.username === admin,
    )!;
    const partition = accountPartition(
      cloudAppPartition(record.cloud, record.clientId),
      record.homeAccountId,
    );
    const damaged = '{"name": "' + partition + '", "backend": "test-aes-256-gcm", "da';
    writeFileSync(join(secretsFolderIn(f.storeDir).path, sealedFilePath(partition)), damaged);

    await f.restart();
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'needs-sign-in',
    });
    expect(await f.value('service.refresh', { serviceId: 'entra' })).toMatchObject({
      state: 'connected',
    });
    const notices = (await f.value('app.info', {})).notices;
    expect(notices).toEqual([expect.objectContaining({ code: 'secret_damaged' })]);
    const asideFolder = join(secretsFolderIn(f.storeDir).path, 'unreadable.aside');
    const [aside] = readdirSync(asideFolder);
    expect(readFileSync(join(asideFolder, aside!), 'utf8')).toBe(damaged);
    expect(notices[0]!.hint).toContain(asideFolder);

    const again = valueOf(await signInByDeviceCode(f, 'graph', admin));
    expect(again).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });

  it('a corrupted store file: kept aside, the app starts empty and tells the person', async () => {
    f = await startCoreFixture();
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    await f.core.close(); // damaged at rest (one that runs writes its file again as it closes)
    writeFileSync(join(f.storeDir, 'm365-desk.json'), 'not json at all');
    await f.restart();
    const info = await f.value('app.info', {});
    expect(info.notices).toEqual([expect.objectContaining({ code: 'store_unreadable' })]);
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status.state).toBe('disconnected');
  });
});
