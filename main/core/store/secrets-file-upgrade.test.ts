/**
 * A settings file written before the secrets had their own file (they sat under `secrets` and
 * `secrets-unreadable`), opened by this version: the secrets move, nothing else changes, and a
 * crash halfway loses nothing. store-upgrade.int.test.ts does the same with real sign-ins.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStore, openConfStore } from '../testing/conf-store';
import { openStoreSafely, STORE_FILES, type StoreFileName } from './open-store';

const sealed = (data: string) => ({ backend: 'test-aes-256-gcm', data, savedAt: 'then' });
const olderStore = {
  accounts: [{ id: 'a1', name: 'Contoso admin' }],
  proxy: { proxyUrl: 'http://proxy:3128', noProxy: '', password: 'vault' },
  secrets: { 'msal-cache:sandbox:app': sealed('AAAA'), 'proxy-password': sealed('BBBB') },
  'secrets-unreadable': { 'msal-cache:public:app@2024-01-01T00:00:00.000Z': sealed('CCCC') },
};
const { secrets: olderSecrets, 'secrets-unreadable': olderAside, ...olderSettings } = olderStore;

function olderStoreDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
  writeFileSync(join(dir, 'm365-desk.json'), JSON.stringify(olderStore, undefined, '\t'));
  return dir;
}
const fileOf = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;

describe('a store from before the secrets file', () => {
  it('has its secrets moved to the secrets file, and its settings left as they were', () => {
    const dir = olderStoreDir();

    const { store, secrets, notices } = openConfStore(dir);

    expect(notices).toEqual([]);
    expect(fileOf(dir, 'm365-desk-secrets')).toEqual({
      secrets: olderSecrets,
      'secrets-unreadable': olderAside,
    });
    expect(fileOf(dir, 'm365-desk')).toEqual(olderSettings);
    expect(secrets.get('secrets')).toEqual(olderSecrets);
    expect(store.get('accounts')).toEqual(olderStore.accounts);
  });

  it('loses nothing to a crash between the two writes: the next start finishes the move', () => {
    const dir = olderStoreDir();
    const crashOnSettingsWrite = (file: StoreFileName) => {
      const store = confStore(dir, file);
      if (file !== STORE_FILES.settings) return store;
      return {
        ...store,
        delete: () => {
          throw new Error('the power went out');
        },
      };
    };

    expect(() => openStoreSafely(dir, crashOnSettingsWrite)).toThrow(/power/);
    expect(fileOf(dir, 'm365-desk-secrets').secrets).toEqual(olderSecrets);
    expect(fileOf(dir, 'm365-desk')).toEqual(olderStore);

    const { secrets } = openConfStore(dir);
    expect(secrets.get('secrets')).toEqual(olderSecrets);
    expect(secrets.get('secrets-unreadable')).toEqual(olderAside);
    expect(fileOf(dir, 'm365-desk')).toEqual(olderSettings);
  });

  it('keeps what the secrets file already held, beside what moves in', () => {
    const dir = olderStoreDir();
    const kept = { 'app-only:c1': sealed('DDDD') };
    confStore(dir, STORE_FILES.secrets).set('secrets', kept);

    const { secrets } = openConfStore(dir);

    expect(secrets.get('secrets')).toEqual({ ...kept, ...olderSecrets });
  });
});
