/**
 * Damage at rest, end to end through the core: a corrupted store file or tokens that no longer
 * decrypt are kept aside, the person is told, and signing in again works.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AesGcmTestCipher } from './testing/aes-gcm-test-cipher';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';
import { confSecretStore } from './testing/conf-store';

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
    const kept = confSecretStore(f.storeDir).get('secrets-unreadable') as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(1);

    const again = valueOf(await signInByDeviceCode(f, 'graph', admin));
    expect(again).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });

  it('a corrupted store file: kept aside, the app starts empty and tells the person', async () => {
    f = await startCoreFixture();
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    writeFileSync(join(f.storeDir, 'm365-desk.json'), 'not json at all');
    await f.restart();
    const info = await f.value('app.info', {});
    expect(info.notices).toEqual([expect.objectContaining({ code: 'store_unreadable' })]);
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status.state).toBe('disconnected');
  });
});
