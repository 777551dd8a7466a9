import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../preload/contract';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { secretsFolderIn } from '../testing/conf-store';
import { SealedFolder } from './sealed-folder';
import { sealedFilePath } from './sealed-file-names';
import { SecretUnreadableError, SecretVault } from './secret-vault';

const freshFolder = () => secretsFolderIn(mkdtempSync(join(tmpdir(), 'vault-')));
const reopened = (folder: SealedFolder) => new SealedFolder(folder.path);

describe('SecretVault', () => {
  it('round-trips a secret and never writes its plaintext to disk', async () => {
    const folder = freshFolder();
    const vault = new SecretVault({ records: folder, cipher: new AesGcmTestCipher() });
    await vault.write('msal-cache:x', 'refresh-token-ABC123');
    expect(await vault.read('msal-cache:x')).toBe('refresh-token-ABC123');
    const onDisk = readFileSync(join(folder.path, sealedFilePath('msal-cache:x')), 'utf8');
    expect(onDisk).not.toContain('refresh-token-ABC123');
    expect(JSON.parse(onDisk)).toMatchObject({ name: 'msal-cache:x', backend: 'test-aes-256-gcm' });
  });

  it('reads back with the same key after a "restart", and removes on request', async () => {
    const folder = freshFolder();
    const key = new AesGcmTestCipher().key;
    await new SecretVault({ records: folder, cipher: new AesGcmTestCipher(key) }).write('a', 'one');
    const again = new SecretVault({ records: reopened(folder), cipher: new AesGcmTestCipher(key) });
    expect(again.names()).toEqual(['a']);
    expect(await again.read('a')).toBe('one');
    again.remove('a');
    expect(await again.read('a')).toBeUndefined();
    expect(readdirSync(folder.path)).toEqual([]);
  });

  it('explains a changed keystore backend instead of returning garbage', async () => {
    const folder = freshFolder();
    await new SecretVault({ records: folder, cipher: new AesGcmTestCipher() }).write('a', 'one');
    const other = new AesGcmTestCipher();
    other.backend = async () => 'basic_text';
    const error = await new SecretVault({ records: reopened(folder), cipher: other })
      .read('a')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretUnreadableError);
    expect((error as SecretUnreadableError).reason).toBe('backend-changed');
    expect((error as Error).message).toContain('basic_text');
  });

  it('reports a secret that does not decrypt (wrong key or tampered)', async () => {
    const folder = freshFolder();
    await new SecretVault({ records: folder, cipher: new AesGcmTestCipher() }).write('a', 'one');
    const error = await new SecretVault({
      records: reopened(folder),
      cipher: new AesGcmTestCipher(),
    })
      .read('a')
      .catch((e: unknown) => e);
    expect((error as SecretUnreadableError).reason).toBe('decrypt-failed');
  });

  it.each([
    ['not JSON', '{"backend": "test-aes-256-gcm", "da'],
    ['not a sealed secret', '{"name": "a", "backend": 42}'],
    ['another secret’s file', '{"name": "b", "backend": "x", "data": "AAAA", "savedAt": "now"}'],
  ])(
    'a damaged file (%s): set aside as it is, the person told, the other secrets kept',
    async (_damage, text) => {
      const folder = freshFolder();
      const cipher = new AesGcmTestCipher();
      await new SecretVault({ records: folder, cipher }).write('a', 'one');
      await new SecretVault({ records: folder, cipher }).write('other', 'two');
      writeFileSync(join(folder.path, sealedFilePath('a')), text);

      const notices: Problem[] = [];
      const vault = new SecretVault({
        records: reopened(folder),
        cipher,
        notify: (n) => notices.push(n),
      });

      expect(await vault.read('a')).toBeUndefined();
      expect(await vault.read('other')).toBe('two');
      expect(vault.names()).toEqual(['other']);
      const aside = join(folder.path, 'unreadable.aside');
      const [kept] = readdirSync(aside);
      expect(readFileSync(join(aside, kept!), 'utf8')).toBe(text);
      expect(notices).toEqual([
        expect.objectContaining({ code: 'secret_damaged', hint: expect.stringContaining(aside) }),
      ]);
    },
  );
});
