/**
 * Whether sign-ins may be kept on disk. With a real OS keystore, yes. Without one (Linux's
 * `basic_text` backend uses a hard-coded key, so "encrypted" means nothing), tokens stay in
 * memory for this session only, unless the person explicitly accepts the risk.
 */
import type { KeystoreState } from '../../../preload/contract';
import type { Cipher, KeyValueStore } from '../ports';

const OPT_IN_KEY = 'keepSignInsWithoutKeystore';

export interface KeystorePolicyDeps {
  cipher: Cipher;
  store: KeyValueStore;
}

export class KeystorePolicy {
  private readonly listeners: (() => Promise<void>)[] = [];

  private readonly cipher: Cipher;
  private readonly store: KeyValueStore;

  constructor({ cipher, store }: KeystorePolicyDeps) {
    this.cipher = cipher;
    this.store = store;
  }

  /**
   * Called after the person changes the policy, so each holder of a secret (app-only
   * credentials, the proxy password) writes it to disk or takes it off, as the policy now says.
   */
  onChange(listener: () => Promise<void>): void {
    this.listeners.push(listener);
  }

  /**
   * Whether sign-ins go to disk. Without encryption at all (no keystore, or a locked one), they
   * would, but cannot: the writes fail and are said (secret-vault.ts), and what is on disk is
   * never dropped for it, unlike with a weak keystore.
   */
  async keepsTokens(): Promise<boolean> {
    return (await this.cipher.isStrong()) || this.optedIn() || !(await this.cipher.isAvailable());
  }

  optedIn(): boolean {
    return this.store.get(OPT_IN_KEY) === true;
  }

  async setOptIn(keep: boolean): Promise<void> {
    if (keep) this.store.set(OPT_IN_KEY, true);
    else this.store.delete(OPT_IN_KEY);
    for (const listener of this.listeners) await listener();
  }

  async state(): Promise<KeystoreState> {
    const strong = await this.cipher.isStrong();
    const available = await this.cipher.isAvailable();
    return {
      backend: await this.cipher.backend(),
      strong,
      keepSignInsWithoutKeystore: this.optedIn(),
      keepsSignIns: available && (strong || this.optedIn()),
    };
  }
}

/** Drops the secrets (refresh and access tokens) from a serialized MSAL cache; keeps who signed in. */
export function withoutTokens(serializedCache: string): string {
  const cache = JSON.parse(serializedCache) as Record<string, unknown>;
  return JSON.stringify({ ...cache, RefreshToken: {}, AccessToken: {} });
}

export const tokensNotKept = {
  code: 'tokens_not_kept',
  message: 'Your sign-in was not kept, because this computer has no secure keystore.',
  hint: 'Sign in again. To keep sign-ins anyway (less safe), allow it under "Token storage" at the bottom of the window.',
};
