import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cipher } from '../ports';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { BasicTextCipher } from '../testing/basic-text-cipher';
import { confStore, secretsFolderIn } from '../testing/conf-store';
import { KeystorePolicy } from '../store/keystore-policy';
import { SecretVault } from '../store/secret-vault';
import { ProxySettings, proxyFor } from './proxy-settings';

const proxy = 'http://proxy.contoso.com:8080';
const withPassword = 'http://alice:S3cretPass@proxy.contoso.com:8080';
const shown = 'http://alice:•••@proxy.contoso.com:8080';

describe('proxyFor (NO_PROXY rules)', () => {
  it.each([
    ['https://login.microsoftonline.com/x', '', proxy],
    ['https://login.microsoftonline.com/x', 'login.microsoftonline.com', undefined],
    ['https://login.microsoftonline.com/x', '.microsoftonline.com', undefined],
    ['https://login.microsoftonline.com/x', '*.microsoftonline.com', undefined],
    ['https://login.microsoftonline.com/x', 'microsoftonline.com', undefined],
    ['https://evilmicrosoftonline.com/x', 'microsoftonline.com', proxy],
    ['https://graph.microsoft.com/v1.0', 'localhost, 127.0.0.1', proxy],
    ['https://127.0.0.1:8443/graph', 'localhost,127.0.0.1', undefined],
    ['https://127.0.0.1:8443/graph', '127.0.0.1:9999', proxy],
    ['https://127.0.0.1:8443/graph', '127.0.0.1:8443', undefined],
    ['https://contoso.sharepoint.com', '*', undefined],
  ])('%s with NO_PROXY=%j → %s', (url, noProxy, expected) => {
    expect(proxyFor(new URL(url), { proxyUrl: proxy, noProxy, source: 'environment' })).toBe(
      expected,
    );
  });

  it('goes direct when no proxy is configured', () => {
    expect(proxyFor(new URL('https://graph.microsoft.com'), { source: 'none' })).toBeUndefined();
  });
});

/** One "run" of the app on a store directory: a new ProxySettings is a restart. */
function run(dir: string, cipher: Cipher, env: Record<string, string> = {}) {
  const store = confStore(dir);
  const records = secretsFolderIn(dir);
  const vault = new SecretVault({ records, cipher });
  const policy = new KeystorePolicy({ cipher, store });
  const settings = new ProxySettings({ store, vault, policy, env });
  const aside = () => readdirSync(join(records.path, 'unreadable.aside'));
  return { settings, vault, policy, aside, file: () => readFileSync(store.path, 'utf8') };
}
const newDir = () => mkdtempSync(join(tmpdir(), 'proxy-'));

describe('ProxySettings', () => {
  it('uses HTTPS_PROXY / NO_PROXY, and the app setting wins over them until cleared', async () => {
    const { settings } = run(newDir(), new AesGcmTestCipher(), {
      HTTPS_PROXY: proxy,
      NO_PROXY: 'localhost',
    });
    await settings.load();
    expect(settings.state()).toEqual({
      displayUrl: proxy,
      noProxy: 'localhost',
      hasPassword: false,
      source: 'environment',
    });
    expect(await settings.set('http://other:3128', '.corp')).toEqual({
      displayUrl: 'http://other:3128',
      noProxy: '.corp',
      hasPassword: false,
      source: 'setting',
    });
    expect((await settings.set('')).source).toBe('environment');
  });

  it('shows the environment’s password as •••, and keeps nothing of it', async () => {
    const { settings, file } = run(newDir(), new AesGcmTestCipher(), { https_proxy: withPassword });
    await settings.load();
    expect(settings.state()).toMatchObject({
      displayUrl: shown,
      hasPassword: true,
      passwordKept: 'environment',
    });
    expect(settings.current().proxyUrl).toBe(withPassword);
    await settings.set(proxy);
    expect(file()).not.toContain('S3cretPass');
  });

  it('keeps the password encrypted in the vault with a keystore, and reads it after a restart', async () => {
    const dir = newDir();
    const cipher = new AesGcmTestCipher();
    const first = run(dir, cipher);
    await first.settings.load();
    expect(await first.settings.set(withPassword, 'localhost')).toEqual({
      displayUrl: shown,
      noProxy: 'localhost',
      hasPassword: true,
      passwordKept: 'encrypted',
      source: 'setting',
    });
    expect(first.file()).not.toContain('S3cretPass');
    expect(await first.vault.read('proxy-password')).toBe('S3cretPass');

    const second = run(dir, cipher);
    await second.settings.load();
    expect(second.settings.current().proxyUrl).toBe(withPassword);
    expect(second.settings.state()).toMatchObject({ displayUrl: shown, hasPassword: true });
    expect(second.settings.state().problem).toBeUndefined();
  });

  it('without a keystore keeps it for this session only, then says it is needed again', async () => {
    const dir = newDir();
    const first = run(dir, new BasicTextCipher());
    await first.settings.load();
    expect(await first.settings.set(withPassword)).toMatchObject({ passwordKept: 'session' });
    expect(first.settings.current().proxyUrl).toBe(withPassword);
    expect(first.file()).not.toContain('S3cretPass');
    expect(await first.vault.read('proxy-password')).toBeUndefined();

    const second = run(dir, new BasicTextCipher());
    await second.settings.load();
    expect(second.settings.current().proxyUrl).toBe('http://alice@proxy.contoso.com:8080');
    expect(second.settings.state()).toMatchObject({
      displayUrl: 'http://alice@proxy.contoso.com:8080',
      hasPassword: false,
      problem: {
        code: 'proxy_password_needed',
        message: expect.stringContaining('no secure keystore'),
        hint: expect.stringContaining('Status bar → Proxy'),
      },
    });
    // Typing it again clears the problem.
    expect((await second.settings.set(withPassword)).problem).toBeUndefined();
  });

  it('follows the keystore opt-in: onto the disk (encrypted) and off it again', async () => {
    const dir = newDir();
    const { settings, policy, vault } = run(dir, new BasicTextCipher());
    await settings.set(withPassword);
    await policy.setOptIn(true);
    await settings.applyPolicy();
    expect(settings.state().passwordKept).toBe('encrypted');
    expect(await vault.read('proxy-password')).toBe('S3cretPass');
    await policy.setOptIn(false);
    await settings.applyPolicy();
    expect(settings.state().passwordKept).toBe('session');
    expect(await vault.read('proxy-password')).toBeUndefined();
  });

  it('keeps the saved password when the shown URL comes back with •••', async () => {
    const dir = newDir();
    const cipher = new AesGcmTestCipher();
    await run(dir, cipher).settings.set(withPassword);
    const restarted = run(dir, cipher);
    await restarted.settings.load();
    expect(await restarted.settings.set(shown, '.contoso.com')).toMatchObject({
      displayUrl: shown,
      noProxy: '.contoso.com',
      hasPassword: true,
    });
    expect(restarted.settings.current().proxyUrl).toBe(withPassword);
    expect(await restarted.vault.read('proxy-password')).toBe('S3cretPass');
  });

  it('refuses ••• for another proxy, or with no saved password, and changes nothing', async () => {
    const dir = newDir();
    const { settings, file } = run(dir, new AesGcmTestCipher());
    await expect(settings.set(shown)).rejects.toMatchObject({
      code: 'proxy_password_missing',
      message: `${shown} has ••• where the password goes, and there is no saved password to keep.`,
    });
    await settings.set(withPassword, 'localhost');
    const before = file();
    await expect(settings.set('http://alice:•••@evil.example:8080')).rejects.toMatchObject({
      code: 'proxy_password_missing',
      message:
        '••• stands for the saved password of http://alice@proxy.contoso.com:8080, not of http://alice:•••@evil.example:8080.',
    });
    await expect(settings.set('socks5://alice:pw@p:1080')).rejects.toMatchObject({
      code: 'invalid_proxy_url',
    });
    expect(file()).toBe(before);
    expect(settings.current().proxyUrl).toBe(withPassword);
  });

  it('upgrades a store that has the password in the URL: into the vault, out of the file', async () => {
    const dir = newDir();
    const cipher = new AesGcmTestCipher();
    writeOldStore(dir);
    const { settings, vault, file } = run(dir, cipher);
    await settings.load();
    expect(file()).not.toContain('S3cretPass');
    expect(await vault.read('proxy-password')).toBe('S3cretPass');
    expect(settings.current()).toMatchObject({ proxyUrl: withPassword, noProxy: 'localhost' });
    expect(settings.state()).toMatchObject({ displayUrl: shown, passwordKept: 'encrypted' });
    expect(settings.state().problem).toBeUndefined();
  });

  it('upgrades it without a keystore: in memory, out of the file, and says so', async () => {
    const dir = newDir();
    writeOldStore(dir);
    const { settings, vault, file } = run(dir, new BasicTextCipher());
    await settings.load();
    expect(file()).not.toContain('S3cretPass');
    expect(await vault.read('proxy-password')).toBeUndefined();
    expect(settings.current().proxyUrl).toBe(withPassword);
    expect(settings.state()).toMatchObject({
      passwordKept: 'session',
      problem: { code: 'proxy_password_session_only' },
    });
  });

  it('asks again for a password another keystore encrypted, and keeps that copy aside', async () => {
    const dir = newDir();
    await run(dir, new AesGcmTestCipher()).settings.set(withPassword);
    const other = run(dir, new AesGcmTestCipher()); // another key: the old copy cannot be read
    await other.settings.load();
    expect(other.settings.state().problem?.code).toBe('proxy_password_needed');
    expect(other.aside()).toHaveLength(1);
  });
});

/** The store as the version before this one wrote it: the password in the URL, in plain text. */
function writeOldStore(dir: string) {
  const path = join(dir, 'm365-desk.json');
  writeFileSync(path, JSON.stringify({ proxy: { proxyUrl: withPassword, noProxy: 'localhost' } }));
  expect(readFileSync(path, 'utf8')).toContain('S3cretPass');
}
