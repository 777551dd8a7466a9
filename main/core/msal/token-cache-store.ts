/**
 * The saved sign-ins, one encrypted partition per account (`msal-cache:<cloud>:<clientId>:
 * <homeAccountId>`), so a silent token handles one account's entries, not every account's, and
 * one account's renewal re-encrypts only its own. Each partition is decrypted and parsed once,
 * then kept in memory as parsed data (the plaintext is in MSAL's memory anyway); changes are
 * merged into it and written through under the keystore policy, in order, one write per
 * partition at a time.
 *
 * Older versions kept one partition per cloud and app (`msal-cache:<cloud>:<clientId>`, every
 * account in it); it is split into account partitions the first time its cloud and app is used.
 */
import type { Problem } from '../../../preload/contract';
import { withoutTokens } from '../store/keystore-policy';
import { SecretUnreadableError, type SecretVault } from '../store/secret-vault';
import {
  emptyCache,
  hasAccount,
  isEmptyChange,
  parseCache,
  splitByAccount,
  withChange,
  withSignIn,
  type CacheChange,
  type SerializedCache,
} from './serialized-cache';

/** The partition older versions kept for every account of one cloud and app. */
export const cloudAppPartition = (cloudId: string, clientId: string): string =>
  `msal-cache:${cloudId}:${clientId}`;

export const accountPartition = (cloudApp: string, homeAccountId: string): string =>
  `${cloudApp}:${homeAccountId.toLowerCase()}`;

/** One account's cache as a call starts from it. */
export interface PartitionView {
  readonly cache: SerializedCache;
  /** `cache` serialized, as MSAL's `deserialize` takes it. */
  readonly text: string;
  /** Changes based on a view older than the last `forget` are dropped. */
  readonly generation: number;
}

interface Partition {
  view: PartitionView;
  /** The write in progress (never rejects), and the one queued behind it. */
  writing: Promise<void>;
  queued?: Promise<void>;
}

export interface TokenCacheStoreDeps {
  vault: SecretVault;
  /** Told when saved tokens could not be read and were set aside. */
  notify?: (notice: Problem) => void;
  /** False without a secure keystore (and no opt-in): only who signed in reaches the vault. */
  keepTokens?: () => Promise<boolean>;
}

export class TokenCacheStore {
  private readonly partitions = new Map<string, Promise<Partition>>();
  private readonly upgrades = new Map<string, Promise<void>>();

  private readonly vault: SecretVault;
  private readonly notify: (notice: Problem) => void;
  private readonly keepTokens: () => Promise<boolean>;

  constructor({
    vault,
    notify = () => undefined,
    keepTokens = async () => true,
  }: TokenCacheStoreDeps) {
    this.vault = vault;
    this.notify = notify;
    this.keepTokens = keepTokens;
  }

  /** The account's cache as it is now. */
  async view(cloudApp: string, homeAccountId: string): Promise<PartitionView> {
    return (await this.partition(cloudApp, homeAccountId)).view;
  }

  /** Merges what one MSAL call changed (starting from `since`) into the newest state. */
  async change(
    cloudApp: string,
    homeAccountId: string,
    since: PartitionView,
    change: CacheChange,
  ): Promise<void> {
    if (isEmptyChange(change)) return;
    const partition = await this.partition(cloudApp, homeAccountId);
    // The account was forgotten meanwhile: what a call still in flight received stays unsaved.
    if (partition.view.generation !== since.generation) return;
    this.replace(partition, withChange(partition.view.cache, change));
    await this.persist(accountPartition(cloudApp, homeAccountId), partition);
  }

  /** A new sign-in's cache (one or more accounts): each account's entries go to its partition. */
  async receiveSignIn(cloudApp: string, cache: SerializedCache): Promise<void> {
    await Promise.all(
      [...splitByAccount(cache)].map(async ([home, signIn]) => {
        const partition = await this.partition(cloudApp, home);
        this.replace(partition, withSignIn(partition.view.cache, signIn));
        await this.persist(accountPartition(cloudApp, home), partition);
      }),
    );
  }

  /** Removes every token of the account, in memory and on disk. */
  async forget(cloudApp: string, homeAccountId: string): Promise<void> {
    const partition = await this.partition(cloudApp, homeAccountId);
    this.replace(partition, emptyCache(), partition.view.generation + 1);
    await this.persist(accountPartition(cloudApp, homeAccountId), partition);
  }

  private replace(partition: Partition, cache: SerializedCache, generation?: number): void {
    partition.view = {
      cache,
      text: JSON.stringify(cache),
      generation: generation ?? partition.view.generation,
    };
  }

  private partition(cloudApp: string, homeAccountId: string): Promise<Partition> {
    const name = accountPartition(cloudApp, homeAccountId);
    let partition = this.partitions.get(name);
    if (!partition) {
      partition = this.load(cloudApp, name);
      this.partitions.set(name, partition);
      // A vault that failed (not one it could not decrypt: that is set aside) is asked again.
      partition.catch(() => this.partitions.delete(name));
    }
    return partition;
  }

  private async load(cloudApp: string, name: string): Promise<Partition> {
    await this.upgraded(cloudApp);
    const cache = (await this.readOrSetAside(name)) ?? emptyCache();
    return {
      view: { cache, text: JSON.stringify(cache), generation: 0 },
      writing: Promise.resolve(),
    };
  }

  /** Splits an older version's partition of the cloud and app into account partitions, once. */
  private upgraded(cloudApp: string): Promise<void> {
    let upgrade = this.upgrades.get(cloudApp);
    if (!upgrade) {
      upgrade = this.split(cloudApp);
      this.upgrades.set(cloudApp, upgrade);
      upgrade.catch(() => this.upgrades.delete(cloudApp));
    }
    return upgrade;
  }

  private async split(cloudApp: string): Promise<void> {
    const shared = await this.readOrSetAside(cloudApp);
    if (!shared) return;
    const saved = new Set(this.vault.names(cloudApp)); // its account partitions
    for (const [home, cache] of splitByAccount(shared)) {
      const name = accountPartition(cloudApp, home);
      // Already split (a run stopped before the old partition was removed): that one is newer.
      if (!saved.has(name)) await this.write(name, cache);
    }
    this.vault.remove(cloudApp);
  }

  /** Queues a write of the partition's newest state behind the one in progress. */
  private persist(name: string, partition: Partition): Promise<void> {
    if (!partition.queued) {
      const queued = partition.writing.then(async () => {
        partition.queued = undefined;
        await this.write(name, partition.view.cache);
      });
      partition.queued = queued;
      partition.writing = queued.catch(() => undefined);
    }
    return partition.queued;
  }

  private async write(name: string, cache: SerializedCache): Promise<void> {
    if (!hasAccount(cache)) {
      this.vault.remove(name);
      return;
    }
    const text = JSON.stringify(cache);
    await this.vault.write(name, (await this.keepTokens()) ? text : withoutTokens(text));
  }

  /** Saved tokens that cannot be decrypted are kept aside; the app carries on signed out. */
  private async readOrSetAside(name: string): Promise<SerializedCache | undefined> {
    try {
      const text = await this.vault.read(name);
      return text === undefined ? undefined : parseCache(text);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      this.vault.setAside(name);
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
}
