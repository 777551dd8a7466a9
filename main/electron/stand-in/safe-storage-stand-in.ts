/**
 * `safeStorage`: a keystore a test can make strong, weak (`basic_text`), unavailable, or
 * refusing while it says it is available (a keyring locked after start-up). It
 * encrypts for real (AES-256-GCM with a key of this run), so nothing it protects is readable
 * in a file, and refuses as Electron does when encryption is not available.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorage } from 'electron';

type Backend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

export class SafeStorageStandIn implements Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'getSelectedStorageBackend'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
> {
  available = true;
  /** Encrypting and decrypting fail, though `isAsyncEncryptionAvailable` still says yes. */
  refusing = false;
  backend: Backend = 'gnome_libsecret';
  private readonly key = randomBytes(32);

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.available;
  }

  getSelectedStorageBackend(): Backend {
    return this.backend;
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.refuseIfUnavailable('encrypting');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  async decryptStringAsync(
    encrypted: Buffer,
  ): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.refuseIfUnavailable('decrypting');
    const decipher = createDecipheriv('aes-256-gcm', this.key, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]);
    return { shouldReEncrypt: false, result: plain.toString('utf8') };
  }

  private refuseIfUnavailable(what: string): void {
    if (!this.available || this.refusing) {
      throw new Error(
        `Error while ${what} the text provided to safeStorage. Encryption is not available.`,
      );
    }
  }
}

export const safeStorage = new SafeStorageStandIn();
