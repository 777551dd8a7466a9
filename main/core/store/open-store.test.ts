import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { openConfStore } from '../testing/conf-store';
import { SecretVault } from './secret-vault';

const newDir = () => mkdtempSync(join(tmpdir(), 'store-'));
const garbage = '{"accounts": [ {"id": "trunc';
const onDisk = (dir: string, file: string) =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

describe('the store’s two files', () => {
  it('keeps the vault’s sealed secrets in their own file, the settings file free of them', async () => {
    const dir = newDir();
    const { store, secrets } = openConfStore(dir);
    store.set('accounts', [{ id: 'a1' }]);
    await new SecretVault({ kv: secrets, cipher: new AesGcmTestCipher() }).write('x', 'token');

    expect(readdirSync(dir).sort()).toEqual(['m365-desk-secrets.json', 'm365-desk.json']);
    expect(onDisk(dir, 'm365-desk.json')).toEqual({ accounts: [{ id: 'a1' }] });
    expect(Object.keys(onDisk(dir, 'm365-desk-secrets.json'))).toEqual(['secrets']);
    expect(secrets.path).toBe(join(dir, 'm365-desk-secrets.json'));
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

  it('an unreadable secrets file: kept aside and explained; the connections stay', () => {
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
    expect(secrets.get('secrets')).toBeUndefined();
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
