/**
 * TEST ONLY. Encrypts for real (so tests can read the files) but reports what Electron's
 * safeStorage reports on Linux without a keyring: the `basic_text` backend, not a keystore.
 */
import { AesGcmTestCipher } from './aes-gcm-test-cipher';

export class BasicTextCipher extends AesGcmTestCipher {
  override async backend() {
    return 'basic_text';
  }
  override async isStrong() {
    return false;
  }
  override async describe() {
    return 'Encrypted with a fixed key (basic_text): this computer has no secure keystore';
  }
}
