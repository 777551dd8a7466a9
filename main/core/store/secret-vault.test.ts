import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { confSecretStore } from '../testing/conf-store';
import { SecretUnreadableError, SecretVault } from './secret-vault';

const freshStore = () => confSecretStore(mkdtempSync(join(tmpdir(), 'vault-')));

describe('SecretVault', () => {
  it('round-trips a secret and never writes its plaintext to disk', async () => {
    const store = freshStore();
    const vault = new SecretVault({ kv: store, cipher: new AesGcmTestCipher() });
    await vault.write('msal-cache:x', 'refresh-token-ABC123');
    expect(await vault.read('msal-cache:x')).toBe('refresh-token-ABC123');
    const onDisk = readFileSync(store.path, 'utf8');
    expect(onDisk).not.toContain('refresh-token-ABC123');
    expect(JSON.parse(onDisk).secrets['msal-cache:x'].backend).toBe('test-aes-256-gcm');
  });

  it('reads back with the same key after a "restart", and removes on request', async () => {
    const store = freshStore();
    const key = new AesGcmTestCipher().key;
    await new SecretVault({ kv: store, cipher: new AesGcmTestCipher(key) }).write('a', 'one');
    const again = new SecretVault({
      kv: confSecretStore(join(store.path, '..')),
      cipher: new AesGcmTestCipher(key),
    });
    expect(await again.read('a')).toBe('one');
    again.remove('a');
    expect(await again.read('a')).toBeUndefined();
  });

  it('explains a changed keystore backend instead of returning garbage', async () => {
    const store = freshStore();
    await new SecretVault({ kv: store, cipher: new AesGcmTestCipher() }).write('a', 'one');
    const other = new AesGcmTestCipher();
    other.backend = async () => 'basic_text';
    const error = await new SecretVault({ kv: store, cipher: other })
      .read('a')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretUnreadableError);
    expect((error as SecretUnreadableError).reason).toBe('backend-changed');
    expect((error as Error).message).toContain('basic_text');
  });

  it('reports a secret that does not decrypt (wrong key or tampered)', async () => {
    const store = freshStore();
    await new SecretVault({ kv: store, cipher: new AesGcmTestCipher() }).write('a', 'one');
    const error = await new SecretVault({ kv: store, cipher: new AesGcmTestCipher() })
      .read('a')
      .catch((e: unknown) => e);
    expect((error as SecretUnreadableError).reason).toBe('decrypt-failed');
  });
});
