/**
 * The inspector behind the leak proof reads what an attacker could: every file, and every
 * vault decrypted wherever it sits (the secrets folder, or where older layouts kept it: the
 * secrets file, or the settings file).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_FILES } from '../store/open-store';
import { SecretVault } from '../store/secret-vault';
import { AesGcmTestCipher } from './aes-gcm-test-cipher';
import { confStore, secretsFolderIn } from './conf-store';
import { memoryRecords } from './memory-records';
import { everythingOnDisk, inspectStoreDir } from './store-inspector';

/** Sealed as the vault seals it, for an older layout's `secrets` object. */
async function sealedAsOlderVersions(cipher: AesGcmTestCipher, name: string, value: string) {
  const records = memoryRecords();
  await new SecretVault({ records, cipher }).write(name, value);
  return { [name]: records.get(name) };
}

describe('the store inspector', () => {
  it('decrypts the vault in the secrets folder and any left where older layouts kept it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspector-'));
    const cipher = new AesGcmTestCipher();
    await new SecretVault({ records: secretsFolderIn(dir), cipher }).write('in-folder', 'alpha-42');
    confStore(dir).set('secrets', await sealedAsOlderVersions(cipher, 'in-settings', 'beta-42'));
    confStore(dir, STORE_FILES.secrets).set(
      'secrets',
      await sealedAsOlderVersions(cipher, 'in-secrets-file', 'gamma-42'),
    );

    const snapshot = await inspectStoreDir(dir, cipher);

    expect(snapshot.secrets).toEqual({
      'in-folder': 'alpha-42',
      'in-settings': 'beta-42',
      'in-secrets-file': 'gamma-42',
    });
    expect(snapshot.rawFiles).not.toContain('alpha-42');
    expect(snapshot.rawFiles).toContain('in-folder'); // the folder's files are read too
    expect(await everythingOnDisk(dir, cipher)).toContain('alpha-42');
  });
});
