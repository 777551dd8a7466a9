/**
 * The cache plugin and its store, with MSAL's side played by a stand-in that loads and
 * serializes like msal-node's TokenCache: accesses that overlap (both loaded, then both saved,
 * as two renewals whose answers arrive together) keep each other's changes, a removal never
 * undoes a newer write, a forgotten account stays forgotten, and the keystore policy and the
 * unreadable-partition notice hold for every partition.
 */
import type { TokenCacheContext } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../preload/contract';
import { SecretVault } from '../store/secret-vault';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { memoryRecords } from '../testing/memory-records';
import { EncryptedCachePlugin } from './encrypted-cache-plugin';
import { emptyCache, parseCache, type CacheEntry, type SerializedCache } from './serialized-cache';
import { TokenCacheStore } from './token-cache-store';

const APP = 'msal-cache:sandbox:app';
const HOME = 'uid-1.tenant';
const entry = (secret: string, home = HOME): CacheEntry => ({ home_account_id: home, secret });

/** A store with one saved account: its account entry, a refresh token and a Graph token. */
async function storeWithAccount(options: { keepTokens?: boolean } = {}) {
  const cipher = new AesGcmTestCipher();
  const records = memoryRecords();
  const vault = new SecretVault({ records, cipher });
  const store = new TokenCacheStore({
    vault,
    keepTokens: async () => options.keepTokens ?? true,
  });
  await store.receiveSignIn(APP, {
    ...emptyCache(),
    Account: { account: entry('') },
    RefreshToken: { rt: entry('rt-1') },
    AccessToken: { graph: entry('graph-1') },
  });
  const onDisk = async (name = `${APP}:${HOME}`) => {
    const text = await vault.read(name);
    return text === undefined ? undefined : parseCache(text);
  };
  return { store, vault, records, onDisk };
}

/** One client's side of MSAL: its in-memory cache, loaded and serialized through the plugin. */
function client(store: TokenCacheStore, account?: string) {
  let memory: Record<string, Record<string, CacheEntry>> = { ...emptyCache() };
  let cleared = 0;
  const plugin = new EncryptedCachePlugin({
    store,
    cloudApp: APP,
    clearMemory: () => {
      cleared++;
      memory = { ...emptyCache() };
    },
  });
  plugin.bind(account);
  const tokenCache = {
    deserialize: (text: string) => {
      for (const [section, entries] of Object.entries(parseCache(text))) {
        memory[section] = { ...memory[section], ...entries };
      }
    },
    serialize: () => JSON.stringify(memory),
  };
  return {
    /** Starts an access that will change the cache; `finish` saves it. */
    async begin() {
      const context = { cacheHasChanged: true, tokenCache } as unknown as TokenCacheContext;
      await plugin.beforeCacheAccess(context);
      return {
        cache: memory as SerializedCache,
        set: (section: keyof SerializedCache, key: string, value: CacheEntry) =>
          void (memory[section] = { ...memory[section], [key]: value }),
        remove: (section: keyof SerializedCache, key: string) => void delete memory[section]![key],
        finish: () => plugin.afterCacheAccess(context),
      };
    },
    cleared: () => cleared,
  };
}

describe('EncryptedCachePlugin', () => {
  it('two accesses that overlap keep both changes, in memory and on disk', async () => {
    const { store, onDisk } = await storeWithAccount();
    const [graph, exchange] = [client(store, HOME), client(store, HOME)];
    const first = await graph.begin();
    const second = await exchange.begin();
    first.set('AccessToken', 'graph', entry('graph-2'));
    first.set('RefreshToken', 'rt', entry('rt-2'));
    second.set('AccessToken', 'exchange', entry('exchange-1'));
    second.set('RefreshToken', 'rt', entry('rt-3'));
    await first.finish();
    await second.finish();

    const saved = await onDisk();
    expect(saved?.AccessToken).toEqual({ graph: entry('graph-2'), exchange: entry('exchange-1') });
    expect(saved?.RefreshToken).toEqual({ rt: entry('rt-3') }); // both valid; the later wins
    const next = await client(store, HOME).begin();
    expect(Object.keys(next.cache.AccessToken).sort()).toEqual(['exchange', 'graph']);
  });

  it('a removal applies to what the access saw, never to a newer write of another', async () => {
    const { store, onDisk } = await storeWithAccount();
    const [renewal, other] = [client(store, HOME), client(store, HOME)];
    const renewing = await renewal.begin();
    const dropping = await other.begin();
    renewing.set('AccessToken', 'graph', entry('graph-2'));
    dropping.remove('AccessToken', 'graph'); // superseded, as the other access saw it
    dropping.remove('RefreshToken', 'rt'); // refused: gone for good
    await renewing.finish();
    await dropping.finish();

    const saved = await onDisk();
    expect(saved?.AccessToken).toEqual({ graph: entry('graph-2') });
    expect(saved?.RefreshToken).toEqual({});
  });

  it('a forgotten account stays forgotten, even when an access under way saves afterwards', async () => {
    const { store, vault } = await storeWithAccount();
    const late = await client(store, HOME).begin();
    await store.forget(APP, HOME);
    late.set('AccessToken', 'graph', entry('graph-2'));
    await late.finish();
    expect(vault.names()).toEqual([]);
    expect((await client(store, HOME).begin()).cache.Account).toEqual({});
  });

  it('each access starts from the bound account alone: the memory is cleared first', async () => {
    const { store } = await storeWithAccount();
    await store.receiveSignIn(APP, { ...emptyCache(), Account: { other: entry('', 'uid-2.t') } });
    const lane = client(store, HOME);
    const access = await lane.begin();
    expect(Object.keys(access.cache.Account)).toEqual(['account']);
    expect(lane.cleared()).toBe(1);
  });

  it('a sign-in client lands each account in its own partition, and forgets what came before', async () => {
    const { store, vault, onDisk } = await storeWithAccount();
    const signIns = client(store);
    const first = await signIns.begin();
    first.set('Account', 'second', entry('', 'uid-2.t'));
    first.set('RefreshToken', 'rt-second', entry('rt-x', 'uid-2.t'));
    await first.finish();
    const second = await signIns.begin();
    expect(second.cache.Account).toEqual({}); // nothing of the previous sign-in is written back
    second.set('AccessToken', 'graph-again', entry('graph-3'));
    await second.finish();

    expect(vault.names().sort()).toEqual([`${APP}:${HOME}`, `${APP}:uid-2.t`]);
    expect((await onDisk(`${APP}:uid-2.t`))?.RefreshToken).toEqual({
      'rt-second': entry('rt-x', 'uid-2.t'),
    });
    expect(Object.keys((await onDisk())!.AccessToken).sort()).toEqual(['graph', 'graph-again']);
  });

  it('without a keystore, only who signed in reaches the vault; the tokens stay in memory', async () => {
    const { store, onDisk } = await storeWithAccount({ keepTokens: false });
    const saved = await onDisk();
    expect(saved).toMatchObject({
      Account: { account: entry('') },
      RefreshToken: {},
      AccessToken: {},
    });
    expect((await client(store, HOME).begin()).cache.RefreshToken).toEqual({ rt: entry('rt-1') });
  });

  it('a partition that no longer decrypts is set aside, with a notice', async () => {
    const { records } = await storeWithAccount();
    const notices: Problem[] = [];
    const reopened = new TokenCacheStore({
      vault: new SecretVault({ records, cipher: new AesGcmTestCipher() }), // another key
      notify: (notice) => notices.push(notice),
    });
    expect((await client(reopened, HOME).begin()).cache.Account).toEqual({});
    expect(notices.map((n) => n.code)).toEqual(['tokens_unreadable_decrypt-failed']);
    expect(records.aside.size).toBe(1);
    expect(records.names()).toEqual([]);
  });

  it('with 200 accounts saved, a sign-in or a renewal encrypts its own account alone', async () => {
    const cipher = new AesGcmTestCipher();
    const encrypted: number[] = [];
    const encrypt = cipher.encrypt.bind(cipher);
    cipher.encrypt = async (text) => (encrypted.push(text.length), encrypt(text));
    const store = new TokenCacheStore({
      vault: new SecretVault({ records: memoryRecords(), cipher }),
    });
    const account = (i: number) => `uid-${i}.tenant`;
    for (let i = 0; i < 200; i++) {
      await store.receiveSignIn(APP, {
        ...emptyCache(),
        Account: { [`account-${i}`]: entry('', account(i)) },
        RefreshToken: { [`rt-${i}`]: entry(`rt-${i}`, account(i)) },
      });
    }
    const one = encrypted[0]!;
    encrypted.length = 0;
    const signIn = await client(store).begin();
    signIn.set('Account', 'account-7', entry('', account(7)));
    signIn.set('RefreshToken', 'rt-7', entry('rt-7b', account(7)));
    await signIn.finish();
    const renewal = await client(store, account(9)).begin();
    renewal.set('RefreshToken', 'rt-9', entry('rt-9b', account(9)));
    await renewal.finish();
    expect(encrypted).toEqual([one + 1, one + 1]); // one partition each, a refresh token one longer
  });
});
