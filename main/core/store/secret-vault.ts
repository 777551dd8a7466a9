/**
 * Secrets at rest: each value is encrypted by the {@link Cipher} and kept in the key-value
 * store with the name of the cipher's backend beside it, so a later change of keystore is
 * detected and explained instead of surfacing as garbage. The app gives the vault a store of
 * its own, the secrets file beside the settings (store/open-store.ts), so that reading a
 * setting never parses the sealed MSAL caches.
 */
import { z } from 'zod';
import type { Cipher, KeyValueStore } from '../ports';
import { storedValue } from './stored-value';

const VAULT_KEY = 'secrets';
const ASIDE_KEY = 'secrets-unreadable';
/** Every key the vault writes in its store. */
export const SECRET_VAULT_KEYS = [VAULT_KEY, ASIDE_KEY] as const;

const SealedSecret = z.object({
  backend: z.string(),
  data: z.string(), // base64 ciphertext
  savedAt: z.string(),
});
type SealedSecret = z.infer<typeof SealedSecret>;

export class SecretUnreadableError extends Error {
  constructor(
    readonly secretName: string,
    readonly reason: 'backend-changed' | 'decrypt-failed',
    detail: string,
  ) {
    super(`The stored secret "${secretName}" cannot be read: ${detail}`);
    this.name = 'SecretUnreadableError';
  }
}

export interface SecretVaultDeps {
  kv: KeyValueStore;
  cipher: Cipher;
}

export class SecretVault {
  private readonly kv: KeyValueStore;
  private readonly cipher: Cipher;
  /** Every sealed secret, parsed once per change of the record (not on every read or write). */
  private readonly sealed: () => Readonly<Record<string, SealedSecret>>;

  constructor({ kv, cipher }: SecretVaultDeps) {
    this.kv = kv;
    this.cipher = cipher;
    this.sealed = storedValue(kv, VAULT_KEY, (raw) => {
      const parsed = z.record(z.string(), SealedSecret).safeParse(raw ?? {});
      return parsed.success ? parsed.data : {};
    });
  }

  async read(name: string): Promise<string | undefined> {
    const sealed = this.sealed()[name];
    if (!sealed) return undefined;
    const backend = await this.cipher.backend();
    if (sealed.backend !== backend) {
      throw new SecretUnreadableError(
        name,
        'backend-changed',
        `it was encrypted with "${sealed.backend}" but this computer now offers "${backend}"`,
      );
    }
    try {
      return await this.cipher.decrypt(Buffer.from(sealed.data, 'base64'));
    } catch (error) {
      throw new SecretUnreadableError(name, 'decrypt-failed', (error as Error).message);
    }
  }

  async write(name: string, plainText: string): Promise<void> {
    const data = Buffer.from(await this.cipher.encrypt(plainText)).toString('base64');
    const entry: SealedSecret = {
      backend: await this.cipher.backend(),
      data,
      savedAt: new Date().toISOString(),
    };
    this.kv.set(VAULT_KEY, { ...this.sealed(), [name]: entry });
  }

  /**
   * Moves an unreadable secret out of the way (kept under `secrets-unreadable`, never deleted)
   * so the app can start over without it.
   */
  setAside(name: string): void {
    const sealed = this.sealed()[name];
    if (!sealed) return;
    const kept = (this.kv.get(ASIDE_KEY) as Record<string, unknown> | undefined) ?? {};
    this.kv.set(ASIDE_KEY, { ...kept, [`${name}@${new Date().toISOString()}`]: sealed });
    this.remove(name);
  }

  /** The names of every secret kept (never their values). */
  names(): string[] {
    return Object.keys(this.sealed());
  }

  remove(name: string): void {
    const { [name]: _removed, ...rest } = this.sealed();
    this.kv.set(VAULT_KEY, rest);
  }
}
