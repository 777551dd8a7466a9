/**
 * The safeStorage cipher counts only a real keystore as strong, says truthfully what protects
 * the secrets, and refuses to encrypt, in words a person understands, where nothing can.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CipherModule from './safe-storage-cipher';
import type { SafeStorageStandIn } from './stand-in/safe-storage-stand-in';

let safeStorage: SafeStorageStandIn;
let createSafeStorageCipher: typeof CipherModule.createSafeStorageCipher;

beforeEach(async () => {
  vi.resetModules();
  ({ safeStorage } = await import('./stand-in/electron-stand-in'));
  ({ createSafeStorageCipher } = await import('./safe-storage-cipher'));
});

type Backend = SafeStorageStandIn['backend'];

const KEYSTORE = 'Encrypted with the operating system keystore';
const FIXED_KEY = 'Encrypted with a fixed key (basic_text): this computer has no secure keystore';
const UNAVAILABLE = 'Not protected: encryption is not available on this computer';
const UNVOUCHED = 'Encrypted, but with a keystore M365 Desk cannot vouch for (unknown)';

/** Electron reports `unknown` as the selected backend outside Linux. */
const CASES: Array<[NodeJS.Platform, Backend, boolean, string, boolean, string]> = [
  // platform, Electron's backend, available → backend, strong, description
  ['darwin', 'unknown', true, 'keychain', true, `${KEYSTORE} (keychain)`],
  ['darwin', 'unknown', false, 'keychain', false, UNAVAILABLE],
  ['win32', 'unknown', true, 'dpapi', true, `${KEYSTORE} (dpapi)`],
  ['win32', 'unknown', false, 'dpapi', false, UNAVAILABLE],
  ['linux', 'gnome_libsecret', true, 'gnome_libsecret', true, `${KEYSTORE} (gnome_libsecret)`],
  ['linux', 'kwallet', true, 'kwallet', true, `${KEYSTORE} (kwallet)`],
  ['linux', 'kwallet5', true, 'kwallet5', true, `${KEYSTORE} (kwallet5)`],
  ['linux', 'kwallet6', true, 'kwallet6', true, `${KEYSTORE} (kwallet6)`],
  ['linux', 'basic_text', true, 'basic_text', false, FIXED_KEY],
  ['linux', 'unknown', true, 'unknown', false, UNVOUCHED],
  ['linux', 'gnome_libsecret', false, 'gnome_libsecret', false, UNAVAILABLE],
  ['linux', 'kwallet6', false, 'kwallet6', false, UNAVAILABLE],
  ['linux', 'basic_text', false, 'basic_text', false, UNAVAILABLE],
  ['linux', 'unknown', false, 'unknown', false, UNAVAILABLE],
  ['freebsd', 'kwallet5', true, 'kwallet5', true, `${KEYSTORE} (kwallet5)`],
  ['freebsd', 'basic_text', true, 'basic_text', false, FIXED_KEY],
];

describe('how strong the keystore is', () => {
  it.each(CASES)(
    '%s, %s, available %s → %s, strong %s',
    async (platform, selected, available, backend, strong, description) => {
      Object.assign(safeStorage, { backend: selected, available });
      const cipher = createSafeStorageCipher(platform);

      expect(await cipher.backend()).toBe(backend);
      expect(await cipher.isStrong()).toBe(strong);
      expect(await cipher.describe()).toContain(description);
      expect(await cipher.describe()).toContain(`(${backend})`);
    },
  );
});

describe('encrypting', () => {
  it('round-trips, and the cipher text does not contain the plain text', async () => {
    const cipher = createSafeStorageCipher('linux');
    const secret = 'refresh-token-0123456789abcdef';

    const sealed = await cipher.encrypt(secret);

    expect(Buffer.from(sealed).includes(secret)).toBe(false);
    expect(await cipher.decrypt(sealed)).toBe(secret);
  });

  it.each<NodeJS.Platform>(['linux', 'darwin', 'win32'])(
    'without encryption (%s), refuses and says why, instead of Electron’s raw message',
    async (platform) => {
      safeStorage.available = false;
      const electronEncrypt = vi.spyOn(safeStorage, 'encryptStringAsync');
      const cipher = createSafeStorageCipher(platform);

      const refused = cipher.encrypt('refresh-token');

      await expect(refused).rejects.toThrow(
        /^Encryption is not available on this computer: it offers no keystore .*nothing was encrypted/,
      );
      expect(electronEncrypt).not.toHaveBeenCalled();
    },
  );

  it('without encryption, refuses to decrypt in the same words', async () => {
    const cipher = createSafeStorageCipher('linux');
    const sealed = await cipher.encrypt('refresh-token');
    safeStorage.available = false;

    await expect(cipher.decrypt(sealed)).rejects.toThrow(/not available on this computer/);
  });
});

describe('the shell’s cipher', () => {
  it('is made for the platform the app runs on', async () => {
    const { safeStorageCipher } = await import('./safe-storage-cipher');
    const own = createSafeStorageCipher(process.platform);

    expect(await safeStorageCipher.backend()).toBe(await own.backend());
    expect(await safeStorageCipher.describe()).toBe(await own.describe());
  });
});
