/**
 * TEST ONLY. A real AES-256-GCM cipher from node:crypto standing in for Electron's
 * `safeStorage`, which needs the Electron binary. The key lives in memory (or is passed in so a
 * "restarted" core can read what an earlier one wrote); it is not a keystore and the app never
 * uses it.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../ports';

export class AesGcmTestCipher implements Cipher {
  constructor(readonly key: Buffer = randomBytes(32)) {
    if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  }

  async backend(): Promise<string> {
    return 'test-aes-256-gcm';
  }

  async isStrong(): Promise<boolean> {
    return true;
  }

  async isAvailable(): Promise<boolean> {
    return true;
  }

  async describe(): Promise<string> {
    return 'Encrypted with a test-only AES-256-GCM key (test and preview runs only)';
  }

  async encrypt(plainText: string): Promise<Uint8Array> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  async decrypt(cipherText: Uint8Array): Promise<string> {
    const data = Buffer.from(cipherText);
    const decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  }
}
