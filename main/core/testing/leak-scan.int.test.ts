/**
 * The leak scan's own negative tests: it must fail when the store only pretends to encrypt
 * (the vault's base64 holds the plain text), and when a token crosses the bridge in an event.
 * Without these, a scan that finds nothing proves nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cipher } from '../ports';
import { BridgeRecorder } from './bridge-recorder';
import { inspectStoreDir } from './store-inspector';
import { setUpUnattended } from './unattended-helpers';
import {
  findLeaks,
  heldSecrets,
  storeHaystacks,
  textSecret,
  transcriptHaystacks,
  type Haystack,
} from './leak-scan';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './core-fixture';

/** A cipher that does not encrypt: what the scan exists to catch. */
class PlainTextCipher implements Cipher {
  async backend() {
    return 'test-plain';
  }
  async isStrong() {
    return true;
  }
  async isAvailable() {
    return true;
  }
  async describe() {
    return 'Not encrypted (test only)';
  }
  async encrypt(plainText: string) {
    return Buffer.from(plainText, 'utf8');
  }
  async decrypt(cipherText: Uint8Array) {
    return Buffer.from(cipherText).toString('utf8');
  }
}

let f: CoreFixture;
afterEach(async () => f?.close());

const issuedTokens = () =>
  f.emulator.control.issuedTokens().map((t, i) => textSecret(`token #${i + 1}`, t));
const rawOnly = (haystacks: Haystack[]) => haystacks.filter((h) => !h.where.includes('›'));

async function signInGraphWith(cipher?: Cipher) {
  f = await startCoreFixture();
  if (cipher) await f.restart(cipher);
  valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
}

describe('the leak scan', () => {
  it('finds the tokens a cipher that does not encrypt left in the store, though the raw files hide them', async () => {
    await signInGraphWith(new PlainTextCipher());
    const tokens = issuedTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(3); // access, id and refresh token
    const store = storeHaystacks(f.storeDir);
    expect(findLeaks(tokens, rawOnly(store))).toEqual([]); // base64 alone hides them
    const leaks = findLeaks(tokens, store);
    expect(new Set(leaks.map((l) => l.secret)).size).toBe(tokens.length);
    // The vault's own files, in the secrets folder: the scan reads every file under the store.
    const files = new Set(leaks.map((l) => l.where.split(' ')[0]));
    expect(files.size).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^m365-desk-secrets[/\\]msal-cache_3a.+\.json$/);
  });

  it('finds the private key of a certificate M365 Desk made, when the store only pretends to encrypt', async () => {
    const plain = new PlainTextCipher();
    f = await startCoreFixture();
    await f.restart(plain);
    await setUpUnattended(f);
    const held = heldSecrets(await inspectStoreDir(f.storeDir, plain));
    expect(held.map((s) => s.label)).toEqual([
      expect.stringMatching(/^private key held for app-credential:/),
    ]);
    const leaks = findLeaks(held, storeHaystacks(f.storeDir));
    expect(leaks.map((l) => l.where.split(' ')[0])).toContainEqual(
      expect.stringMatching(/^m365-desk-secrets[/\\]app-credential/),
    );
    // With the real cipher the same key is nowhere in the clear.
    await f.close();
    f = await startCoreFixture();
    await setUpUnattended(f);
    const sealed = heldSecrets(await inspectStoreDir(f.storeDir, f.cipher));
    expect(sealed).toHaveLength(1);
    expect(findLeaks(sealed, storeHaystacks(f.storeDir))).toEqual([]);
  });

  it('finds nothing in a store the real cipher encrypted', async () => {
    await signInGraphWith();
    expect(findLeaks(issuedTokens(), storeHaystacks(f.storeDir))).toEqual([]);
  });

  it('finds a token put into an event, and says which message carried it', async () => {
    await signInGraphWith();
    const recorder = new BridgeRecorder();
    recorder.record('command', 'service.refresh', { serviceId: 'graph' });
    const token = f.emulator.control.issuedTokens()[0]!;
    recorder.record('event', 'service.changed', {
      serviceId: 'graph',
      state: 'error',
      problem: { code: 'x', message: `The service said: ${token}` },
    });
    const leaks = findLeaks(issuedTokens(), transcriptHaystacks(recorder.transcript()));
    expect(leaks.map((l) => l.where)).toContain('bridge #2 event service.changed');
  });

  it('finds a token hidden in base64 inside a JSON string of a message', async () => {
    await signInGraphWith();
    const token = f.emulator.control.issuedTokens()[0]!;
    const recorder = new BridgeRecorder();
    recorder.record('result', 'app.info', {
      ok: true,
      value: { note: Buffer.from(JSON.stringify({ t: token })).toString('base64') },
    });
    expect(findLeaks(issuedTokens(), transcriptHaystacks(recorder.transcript()))).not.toEqual([]);
  });
});
