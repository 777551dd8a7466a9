/**
 * MSAL's token cache, persisted through the {@link SecretVault}. msal-node 7 clears its
 * in-memory cache before every silent lookup and asks the plugin to reload it, so we keep the
 * newest snapshot in memory (the plaintext is in MSAL's memory anyway) and decrypt from the vault
 * only once. Writes are queued, and a reload waits for them, so a slow write never lands last.
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { withoutTokens } from '../store/keystore-policy';
import { SecretUnreadableError, type SecretVault } from '../store/secret-vault';

export interface EncryptedCachePluginDeps {
  vault: SecretVault;
  /** One MSAL cache per cloud and app registration, e.g. `msal-cache:sandbox:<clientId>`. */
  secretName: string;
  /** Told when saved tokens could not be read and were set aside. */
  notify?: (notice: Problem) => void;
  /** False without a secure keystore (and no opt-in): tokens then stay in memory only. */
  keepTokens?: () => Promise<boolean>;
}

export class EncryptedCachePlugin implements ICachePlugin {
  private latest?: string;
  private writes: Promise<void> = Promise.resolve();

  private readonly vault: SecretVault;
  private readonly secretName: string;
  private readonly notify: (notice: Problem) => void;
  private readonly keepTokens: () => Promise<boolean>;

  constructor({
    vault,
    secretName,
    notify = () => undefined,
    keepTokens = async () => true,
  }: EncryptedCachePluginDeps) {
    this.vault = vault;
    this.secretName = secretName;
    this.notify = notify;
    this.keepTokens = keepTokens;
  }

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    await this.writes;
    this.latest ??= await this.readOrSetAside();
    if (this.latest) context.tokenCache.deserialize(this.latest);
  }

  /** Saved tokens that cannot be decrypted are kept aside; the app carries on signed out. */
  private async readOrSetAside(): Promise<string | undefined> {
    try {
      return await this.vault.read(this.secretName);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      this.vault.setAside(this.secretName);
      this.notify({
        code: `tokens_unreadable_${error.reason}`,
        message:
          error.reason === 'backend-changed'
            ? 'Saved sign-ins were encrypted with another keystore than this computer offers now, so they cannot be used.'
            : 'Saved sign-ins could not be decrypted, so they cannot be used.',
        hint: `${error.message}. They are kept in the store, not deleted. Sign in again to reconnect.`,
      });
      return undefined;
    }
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!context.cacheHasChanged) return;
    const snapshot = context.tokenCache.serialize();
    this.latest = snapshot;
    const write = this.writes.then(async () =>
      this.vault.write(
        this.secretName,
        (await this.keepTokens()) ? snapshot : withoutTokens(snapshot),
      ),
    );
    this.writes = write.catch(() => undefined);
    await write;
  }
}
