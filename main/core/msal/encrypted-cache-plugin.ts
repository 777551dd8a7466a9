/**
 * MSAL's token cache, persisted through the {@link SecretVault}: MSAL hands us the serialized
 * cache after every change, and we give it back before every access. The plaintext only ever
 * lives in memory.
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { SecretVault } from '../store/secret-vault';

export class EncryptedCachePlugin implements ICachePlugin {
  constructor(
    private readonly vault: SecretVault,
    /** One MSAL cache per cloud and app registration, e.g. `msal-cache:sandbox:<clientId>`. */
    private readonly secretName: string,
  ) {}

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    const serialized = await this.vault.read(this.secretName);
    if (serialized) context.tokenCache.deserialize(serialized);
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (context.cacheHasChanged) {
      await this.vault.write(this.secretName, context.tokenCache.serialize());
    }
  }
}
