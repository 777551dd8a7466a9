/**
 * A silent token that is in the cache costs the same with 10 saved accounts as with 200: the
 * call reads only its own account's cache entries (counted as the characters JSON.parse is
 * handed during the call) and decrypts nothing once the account's partition was read.
 * The 200 accounts are copies of one real sign-in (see testing/many-accounts.ts), stored as
 * older versions did, every account in one partition of the cloud and app, so the first call
 * also shows that store upgraded.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppOnlyClients } from '../app-only/app-only-clients';
import { PublicClientPool } from '../msal/public-client-pool';
import type { Cipher } from '../ports';
import { serviceById } from '../services/service-catalog';
import { qualifiedScopes } from '../services/service-definition';
import { SignInProfiles } from '../sign-in-profiles';
import type { AccountRecord } from '../store/connection-registry';
import { SecretVault } from '../store/secret-vault';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { copiesOf, savedSignIn, type SavedSignIn } from '../testing/many-accounts';
import { memoryRecords } from '../testing/memory-records';
import { TokenBroker } from './token-broker';

let f: CoreFixture;
let signIn: SavedSignIn;
beforeAll(async () => {
  f = await startCoreFixture();
  valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
  signIn = await savedSignIn(f.storeDir, f.cipher);
});
afterAll(async () => f?.close());

/** A cipher that counts what it decrypts. */
function counting(cipher: Cipher): Cipher & { decrypts: number } {
  const counted = {
    decrypts: 0,
    backend: () => cipher.backend(),
    isStrong: () => cipher.isStrong(),
    isAvailable: () => cipher.isAvailable(),
    describe: () => cipher.describe(),
    encrypt: (text: string) => cipher.encrypt(text),
    decrypt: (data: Uint8Array) => {
      counted.decrypts++;
      return cipher.decrypt(data);
    },
  };
  return counted;
}

/** A broker over a store of `count` accounts (as an older version wrote it), and the accounts. */
async function brokerWith(count: number) {
  const { accounts, sharedCacheText } = copiesOf(signIn, count);
  const cipher = counting(f.cipher);
  const vault = new SecretVault({ records: memoryRecords(), cipher });
  await vault.write(`msal-cache:sandbox:${signIn.account.clientId}`, sharedCacheText);
  const pool = new PublicClientPool({ vault });
  const broker = new TokenBroker({
    pool,
    profiles: new SignInProfiles({ sandbox: { ready: async () => f.emulator.info }, env: {} }),
    appOnly: new AppOnlyClients({ vault, proxy: () => ({ source: 'none' }) }),
  });
  return { broker, accounts, cipher, close: () => pool.close() };
}

/** What one cache hit for `account` costs: characters given to JSON.parse, and decryptions. */
async function costOfCacheHit(count: number) {
  const { broker, accounts, cipher, close } = await brokerWith(count);
  try {
    const account = accounts[count - 1]!;
    const scopes = qualifiedScopes(serviceById('graph'), await broker.contextOf(account));
    const silent = (a: AccountRecord) => broker.silent(a, scopes);
    await silent(accounts[0]!); // the store's upgrade, MSAL's metadata
    await silent(account); // its partition, read once
    const tokenRequests = f.emulator.control.requests().length;
    const decrypts = cipher.decrypts;
    const parse = vi.spyOn(JSON, 'parse');
    let parsedChars = 0;
    try {
      const result = await silent(account);
      expect(result.account?.homeAccountId).toBe(account.homeAccountId);
      parsedChars = parse.mock.calls.reduce((sum, [text]) => sum + String(text).length, 0);
    } finally {
      parse.mockRestore();
    }
    expect(f.emulator.control.requests().length).toBe(tokenRequests); // a cache hit
    return { parsedChars, decrypts: cipher.decrypts - decrypts };
  } finally {
    close();
  }
}

describe('a silent token from the cache', () => {
  it('parses as much with 200 saved accounts as with 10, and decrypts nothing', async () => {
    const few = await costOfCacheHit(10);
    const many = await costOfCacheHit(200);
    expect(few.parsedChars).toBeGreaterThan(0);
    expect(few.parsedChars).toBeLessThan(signIn.cacheText.length * 6); // one account's entries, a few times
    expect(many.parsedChars).toBe(few.parsedChars);
    expect([few.decrypts, many.decrypts]).toEqual([0, 0]);
  });

  it('ten accounts of an older shared partition, asked at once, each get their own token from the cache', async () => {
    const { broker, accounts, close } = await brokerWith(10);
    try {
      const scopes = qualifiedScopes(serviceById('graph'), await broker.contextOf(accounts[0]!));
      const before = f.emulator.control.requests().filter((r) => r.path.endsWith('/token'));
      const results = await Promise.all(accounts.map((a) => broker.silent(a, scopes)));
      expect(results.map((r) => r.account?.homeAccountId)).toEqual(
        accounts.map((a) => a.homeAccountId),
      );
      const after = f.emulator.control.requests().filter((r) => r.path.endsWith('/token'));
      expect(after.length).toBe(before.length);
    } finally {
      close();
    }
  });
});
