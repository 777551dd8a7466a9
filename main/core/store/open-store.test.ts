import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { openConfStore } from '../testing/conf-store';
import { sealedFilePath } from './sealed-file-names';
import { SecretVault } from './secret-vault';

const newDir = () => mkdtempSync(join(tmpdir(), 'store-'));
const garbage = '{"accounts": [ {"id": "trunc';
const onDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the store: a settings file, and a folder of secrets beside it', () => {
  it('keeps the vault’s sealed secrets in the folder, one file each, the settings file free of them', async () => {
    const dir = newDir();
    const { store, secrets } = openConfStore(dir);
    store.set('accounts', [{ id: 'a1' }]);
    const vault = new SecretVault({ records: secrets, cipher: new AesGcmTestCipher() });
    await vault.write('x', 'token');
    await vault.write('y', 'another');

    expect(readdirSync(dir).sort()).toEqual(['m365-desk-secrets', 'm365-desk.json']);
    expect(onDisk(join(dir, 'm365-desk.json'))).toEqual({ accounts: [{ id: 'a1' }] });
    expect(secrets.path).toBe(join(dir, 'm365-desk-secrets'));
    expect(readdirSync(secrets.path).sort()).toEqual([sealedFilePath('x'), sealedFilePath('y')]);
    expect(Object.keys(onDisk(join(secrets.path, sealedFilePath('x')))).sort()).toEqual([
      'backend',
      'data',
      'name',
      'savedAt',
    ]);
  });

  it('makes no folder while no secret is kept', () => {
    const dir = newDir();
    openConfStore(dir).store.set('accounts', []);
    expect(readdirSync(dir)).toEqual(['m365-desk.json']);
  });
});

describe('opening a damaged store', () => {
  it('keeps the unreadable file aside, starts empty, says where the old file went, and works', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'm365-desk.json'), garbage);

    const { store, notices } = openConfStore(dir);

    const aside = readdirSync(dir).find((f) => f.startsWith('m365-desk.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    expect(notices).toEqual([
      expect.objectContaining({ code: 'store_unreadable', hint: expect.stringContaining(aside!) }),
    ]);
    expect(store.get('accounts')).toBeUndefined();
    store.set('accounts', []);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ accounts: [] });
  });

  it('an unreadable secrets file of the previous layout: kept aside and explained; the connections stay', () => {
    const dir = newDir();
    openConfStore(dir).store.set('accounts', [{ id: 'a1' }]);
    writeFileSync(join(dir, 'm365-desk-secrets.json'), garbage);

    const { store, secrets, notices } = openConfStore(dir);

    const aside = readdirSync(dir).find((f) => f.startsWith('m365-desk-secrets.unreadable-'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    expect(notices).toEqual([
      expect.objectContaining({
        code: 'secrets_unreadable',
        hint: expect.stringContaining(aside!),
      }),
    ]);
    expect(store.get('accounts')).toEqual([{ id: 'a1' }]);
    expect(secrets.names()).toEqual([]);
    expect(openConfStore(dir).notices).toEqual([]); // told once
  });

  it('a file that is JSON but not an object is damaged too', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'm365-desk.json'), '[1, 2]');
    expect(openConfStore(dir).notices.map((n) => n.code)).toEqual(['store_unreadable']);
  });

  it('opens a healthy store with no notice', () => {
    const dir = newDir();
    openConfStore(dir).store.set('x', 1);
    const reopened = openConfStore(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.store.get('x')).toBe(1);
  });
});
