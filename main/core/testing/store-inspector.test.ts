/**
 * The inspector behind the leak proof reads what an attacker could: every file, and every
 * vault decrypted wherever it sits (the secrets file, or the settings file of an older store).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SecretVault } from '../store/secret-vault';
import { AesGcmTestCipher } from './aes-gcm-test-cipher';
import { confSecretStore, confStore } from './conf-store';
import { everythingOnDisk, inspectStoreDir } from './store-inspector';

describe('the store inspector', () => {
  it('decrypts the vault in the secrets file and any left in the settings file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspector-'));
    const cipher = new AesGcmTestCipher();
    await new SecretVault({ kv: confSecretStore(dir), cipher }).write('in-secrets', 'alpha-42');
    await new SecretVault({ kv: confStore(dir), cipher }).write('in-settings', 'beta-42');

    const snapshot = await inspectStoreDir(dir, cipher);

    expect(snapshot.secrets).toEqual({ 'in-secrets': 'alpha-42', 'in-settings': 'beta-42' });
    expect(snapshot.rawFiles).not.toContain('alpha-42');
    expect(await everythingOnDisk(dir, cipher)).toContain('alpha-42');
  });
});
