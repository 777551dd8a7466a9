/**
 * No secure keystore (Linux `basic_text`): sign-ins work for the session but are not written to
 * disk, the app says so, and the person can explicitly choose to keep them anyway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SecretVault } from './store/secret-vault';
import type { AesGcmTestCipher } from './testing/aes-gcm-test-cipher';
import { BasicTextCipher } from './testing/basic-text-cipher';
import { secretsFolderIn } from './testing/conf-store';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const savedCache = async (cipher: AesGcmTestCipher) => {
  const vault = new SecretVault({ records: secretsFolderIn(f.storeDir), cipher });
  const name = vault.names().find((n) => n.startsWith('msal-cache:'))!;
  return JSON.parse((await vault.read(name))!) as {
    RefreshToken: object;
    AccessToken: object;
    Account: object;
  };
};

describe('keystore policy', () => {
  it('without a keystore: works now, keeps no token on disk, and after a restart says why it needs a sign-in', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    const upn = userWithRole(f, 'Global Administrator').upn;
    expect(valueOf(await signInByDeviceCode(f, 'graph', upn)).state).toBe('connected');
    const info = await f.value('app.info', {});
    expect(info.tokenStorage).toContain('kept for this session only');

    const onDisk = await savedCache(cipher);
    expect(Object.keys(onDisk.RefreshToken)).toEqual([]);
    expect(Object.keys(onDisk.AccessToken)).toEqual([]);
    expect(Object.keys(onDisk.Account)).toHaveLength(1);

    await f.restart(cipher);
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status).toMatchObject({ state: 'needs-sign-in', problem: { code: 'tokens_not_kept' } });
  });

  it('says why once, on the account, when its sign-in was not kept for the services it serves', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    const upn = userWithRole(f, 'Global Administrator').upn;
    const graph = valueOf(await signInByDeviceCode(f, 'graph', upn));
    const entra = await f.value('service.useAccount', {
      serviceId: 'entra',
      connectionId: graph.connectionId!,
    });
    expect(entra.state).toBe('connected');

    await f.restart(cipher);
    await f.value('service.refreshAll', {});
    const [account] = await f.value('accounts.list', {});
    // The reason belongs to the account (the Accounts section says it, once), not to each panel.
    expect(account?.signInRequired?.code).toBe('tokens_not_kept');
    for (const serviceId of ['graph', 'entra'] as const) {
      const status = await f.value('service.refresh', { serviceId });
      expect([serviceId, status.state, status.problem?.code]).toEqual([
        serviceId,
        'needs-sign-in',
        'tokens_not_kept',
      ]);
    }
  });

  it('with the explicit opt-in, sign-ins survive a restart even without a keystore', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    const state = await f.value('settings.keystore.set', { keepSignInsWithoutKeystore: true });
    expect(state).toEqual({
      backend: 'basic_text',
      strong: false,
      keepSignInsWithoutKeystore: true,
      keepsSignIns: true,
    });
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    expect(Object.keys((await savedCache(cipher)).RefreshToken)).toHaveLength(1);
    await f.restart(cipher);
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });
});
