/**
 * The cipher port over Electron's `safeStorage` (the OS keystore), using its async API. Strong
 * means a real keystore holds the key; everything else is said plainly, because the core keeps
 * sign-ins on disk only with a strong cipher (keystore-policy.ts).
 */
import { safeStorage } from 'electron';
import type { Cipher } from '../core/ports';
import { KeystoreUnavailableError } from '../core/store/keystore-unavailable';

/**
 * The backends that keep the key in a real keystore. A list of the good ones rather than of the
 * bad: `unknown` (no backend chosen) and any name a later Electron adds count as weak until
 * someone has looked at them. `basic_text` is a key hard-coded in Chromium: encryption in name only.
 */
const KEYSTORES = new Set([
  'keychain', // macOS
  'dpapi', // Windows
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
]);

/** `platform` is the operating system's, injectable so a test can play each one. */
export function createSafeStorageCipher(platform: NodeJS.Platform = process.platform): Cipher {
  const available = () => safeStorage.isAsyncEncryptionAvailable();

  async function backend(): Promise<string> {
    // Only Linux (and the BSDs) have a choice of backends; macOS and Windows have one keystore.
    // These names are recorded beside every secret (secret-vault.ts): renaming them would make
    // every saved secret unreadable as "backend changed".
    if (platform === 'darwin') return 'keychain';
    if (platform === 'win32') return 'dpapi';
    // The async encryptor starts lazily and picks the backend then; ask after it has started.
    await available();
    return safeStorage.getSelectedStorageBackend();
  }

  async function refuseUnlessAvailable(): Promise<void> {
    if (await available()) return;
    // Electron's own message ("Error while encrypting the text provided to safeStorage") says
    // neither what is missing nor that it is this computer's doing, not the app's.
    throw new KeystoreUnavailableError(
      `Encryption is not available on this computer: it offers no keystore M365 Desk can use (${await backend()}), so nothing was encrypted.`,
    );
  }

  /** Electron's call, its refusal (a keyring locked after start-up) said as the app says it. */
  async function orLocked<T>(call: () => Promise<T>): Promise<T> {
    await refuseUnlessAvailable();
    try {
      return await call();
    } catch (error) {
      throw new KeystoreUnavailableError(
        `The keystore (${await backend()}) refused: ${(error as Error).message}`,
      );
    }
  }

  return {
    backend,
    async isStrong() {
      return (await available()) && KEYSTORES.has(await backend());
    },
    isAvailable: available,
    async describe() {
      const name = await backend();
      if (!(await available())) {
        return `Not protected: encryption is not available on this computer, which offers no usable keystore (${name})`;
      }
      if (KEYSTORES.has(name)) return `Encrypted with the operating system keystore (${name})`;
      if (name === 'basic_text') {
        return 'Encrypted with a fixed key (basic_text): this computer has no secure keystore';
      }
      // `unknown`, or a backend this list has not met: something encrypts, but nobody can say
      // what holds the key, so it is not vouched for.
      return `Encrypted, but with a keystore M365 Desk cannot vouch for (${name}): not counted as secure`;
    },
    encrypt: (plainText) => orLocked(() => safeStorage.encryptStringAsync(plainText)),
    async decrypt(cipherText) {
      const { result } = await orLocked(() =>
        safeStorage.decryptStringAsync(Buffer.from(cipherText)),
      );
      return result;
    },
  };
}

/** The app's cipher, for the shell. */
export const safeStorageCipher = createSafeStorageCipher();
