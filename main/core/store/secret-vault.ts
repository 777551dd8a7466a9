/**
 * Secrets at rest: each value is encrypted by the {@link Cipher} and kept as a sealed record
 * with the name of the cipher's backend beside it, so a later change of keystore is detected and
 * explained instead of surfacing as garbage. The records are the vault's own, one file per
 * secret in the secrets folder beside the settings (store/sealed-folder.ts), so that neither
 * reading a setting nor opening the store parses the sealed MSAL caches.
 */
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../../preload/contract';
import type { Cipher, SealedRecords } from '../ports';
import {
  KeystoreUnavailableError,
  lockedSecret,
  signInsKeptForSession,
} from './keystore-unavailable';

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
  records: SealedRecords;
  cipher: Cipher;
  /** Told when a record could not be read at all and was set aside (see `read`). */
  notify?: (notice: Problem) => void;
}

export class SecretVault {
  private readonly records: SealedRecords;
  private readonly cipher: Cipher;
  private readonly notify: (notice: Problem) => void;
  /** The last write found the keystore locked: what this session signs in stays in memory. */
  refusedByKeystore = false;

  constructor({ records, cipher, notify = () => undefined }: SecretVaultDeps) {
    this.records = records;
    this.cipher = cipher;
    this.notify = notify;
  }

  /**
   * The secret; undefined when none is kept. A record that is damaged (its file is not one the
   * vault wrote) is set aside and the person told, and the secret counts as not kept, as when
   * the whole file of secrets was damaged. One that is whole but does not decrypt throws
   * {@link SecretUnreadableError}: what to say is the caller's business.
   */
  async read(name: string): Promise<string | undefined> {
    const sealed = this.sealed(name);
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
      // Locked, not wrong: the record stays where it is, unread, for the keystore's return.
      if (error instanceof KeystoreUnavailableError) throw lockedSecret();
      throw new SecretUnreadableError(name, 'decrypt-failed', (error as Error).message);
    }
  }

  /**
   * Seals the secret into its record. Without encryption now (no keystore, or a locked one)
   * nothing is written, never the plain text: the caller's copy in memory is all there is, for
   * this session, and the person is told (once).
   */
  async write(name: string, plainText: string): Promise<void> {
    let cipherText: Uint8Array;
    try {
      cipherText = await this.cipher.encrypt(plainText);
    } catch (error) {
      if (!(error instanceof KeystoreUnavailableError)) throw error;
      this.refusedByKeystore = true;
      this.notify(signInsKeptForSession);
      return;
    }
    this.refusedByKeystore = false;
    const data = Buffer.from(cipherText).toString('base64');
    const entry: SealedSecret = {
      backend: await this.cipher.backend(),
      data,
      savedAt: new Date().toISOString(),
    };
    this.records.set(name, entry);
  }

  /**
   * Moves an unreadable secret out of the way (kept aside, never deleted) so the app can start
   * over without it.
   */
  setAside(name: string): void {
    this.records.setAside(name);
  }

  /** The names of every secret kept, or of one group's (never their values). */
  names(group?: string): string[] {
    return this.records.names(group);
  }

  remove(name: string): void {
    this.records.delete(name);
  }

  private sealed(name: string): SealedSecret | undefined {
    let record: unknown;
    try {
      record = this.records.get(name);
    } catch {
      return this.damaged(name); // not JSON, or another secret's
    }
    if (record === undefined) return undefined;
    const sealed = SealedSecret.safeParse(record);
    return sealed.success ? sealed.data : this.damaged(name);
  }

  private damaged(name: string): undefined {
    const aside = this.records.setAside(name);
    if (aside === undefined) return undefined; // gone meanwhile: nothing to tell
    this.notify({
      code: 'secret_damaged',
      message:
        'M365 Desk could not read some of its saved sign-ins or credentials, so it will ask for them again.',
      hint: `Nothing was deleted: the damaged files are kept in ${dirname(aside)}. Your other connections and settings are kept.`,
    });
    return undefined;
  }
}
