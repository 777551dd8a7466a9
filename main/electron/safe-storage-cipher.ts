/** The cipher port over Electron's `safeStorage` (the OS keystore), using its async API. */
import { safeStorage } from 'electron';
import type { Cipher } from '../core/ports';

export const safeStorageCipher: Cipher = {
  async backend() {
    // Only Linux has a choice of backends; elsewhere the OS keystore is the only one.
    if (process.platform !== 'linux') return process.platform === 'darwin' ? 'keychain' : 'dpapi';
    return safeStorage.getSelectedStorageBackend();
  },
  async isStrong() {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    // basic_text is a hard-coded key: encryption in name only.
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  async describe() {
    const backend = await safeStorageCipher.backend();
    return (await safeStorageCipher.isStrong())
      ? `Encrypted with the operating system keystore (${backend})`
      : `Not protected: this computer offers no keystore (${backend})`;
  },
  encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
  async decrypt(cipherText) {
    const { result } = await safeStorage.decryptStringAsync(Buffer.from(cipherText));
    return result;
  },
};
