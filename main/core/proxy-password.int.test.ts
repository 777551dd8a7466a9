/**
 * A proxy that asks for a password (Basic, 407 otherwise), through the real core: the password
 * reaches the proxy, survives a restart only when the keystore policy keeps secrets, is never
 * in a store file in plain text, and never crosses to the renderer (answers and events).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../preload/contract';
import { AesGcmTestCipher } from './testing/aes-gcm-test-cipher';
import { BasicTextCipher } from './testing/basic-text-cipher';
import { secretsFolderIn } from './testing/conf-store';
import { startForwardingProxy, type ForwardingProxy } from './testing/forwarding-proxy';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';

const PASSWORD = 'S3cretPass-7f3a';
let f: CoreFixture;
let proxy: ForwardingProxy;
/** Every command answer the tests saw, to check none holds the password. */
let answers: unknown[];

afterEach(async () => {
  expect(JSON.stringify([answers, f.events])).not.toContain(PASSWORD);
  await f.close();
  await proxy.close();
});

/** A core behind a proxy that wants `alice` and {@link PASSWORD}; the store is encrypted by `cipher`. */
async function start(cipher: AesGcmTestCipher, env: (proxyUrl: string) => Record<string, string>) {
  proxy = await startForwardingProxy({ credentials: { username: 'alice', password: PASSWORD } });
  answers = [];
  const withPassword = proxy.url.replace('http://', `http://alice:${PASSWORD}@`);
  f = await startCoreFixture({ env: env(withPassword) });
  await f.restart(cipher); // the same store, opened with the cipher this test chose
  return { withPassword, shown: withPassword.replace(PASSWORD, '•••') };
}
const noEnv = () => ({});

async function ask<C extends CommandName>(
  command: C,
  payload: CommandInput<C>,
): Promise<CommandOutput<C>> {
  const result = await f.invoke(command, payload);
  answers.push(result);
  return valueOf(result);
}

/** A sign-in on a core started since the last one, so it opens a new tunnel (keep-alive reuses). */
async function signInThroughProxy() {
  const before = proxy.tunnels.length;
  const result = await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn);
  answers.push(result);
  expect(valueOf(result).state).toBe('connected');
  expect(proxy.tunnels.length).toBeGreaterThan(before);
}

/** Every file of the store (the secrets folder's too), as it is on disk. */
function storeFiles(): string {
  return readdirSync(f.storeDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}
const vaultNames = () => secretsFolderIn(f.storeDir).names();

describe('a proxy password', () => {
  it('with a keystore: encrypted on disk, shown as •••, used again after a restart', async () => {
    const cipher = new AesGcmTestCipher();
    const { withPassword, shown } = await start(cipher, noEnv);
    expect(await ask('settings.proxy.set', { proxyUrl: withPassword })).toMatchObject({
      displayUrl: shown,
      hasPassword: true,
      passwordKept: 'encrypted',
    });
    await signInThroughProxy();
    expect(storeFiles()).not.toContain(PASSWORD);
    expect(vaultNames()).toContain('proxy-password');

    await f.restart(cipher);
    expect(await ask('settings.proxy.get', {})).toMatchObject({
      displayUrl: shown,
      hasPassword: true,
    });
    await signInThroughProxy(); // the password, read from the vault, reached the proxy
    // Saved from the dialog as shown, with only NO_PROXY changed: the password stays (in the
    // vault too: a new core's new tunnel is let through).
    await ask('settings.proxy.set', { proxyUrl: shown, noProxy: 'intranet.contoso.test' });
    await f.restart(cipher);
    await signInThroughProxy();
    expect(proxy.refused).toEqual([]);
    expect(storeFiles()).not.toContain(PASSWORD);
  });

  it('without a keystore (basic_text): this session only, then asked for again', async () => {
    const basic = new BasicTextCipher();
    const { withPassword, shown } = await start(basic, noEnv);
    expect(await ask('settings.proxy.set', { proxyUrl: withPassword })).toMatchObject({
      displayUrl: shown,
      passwordKept: 'session',
    });
    await signInThroughProxy();
    expect(storeFiles()).not.toContain(PASSWORD);
    expect(vaultNames()).not.toContain('proxy-password');

    await f.restart(basic);
    const needed = await ask('settings.proxy.get', {});
    expect(needed).toMatchObject({
      displayUrl: proxy.url.replace('http://', 'http://alice@'),
      hasPassword: false,
      problem: {
        code: 'proxy_password_needed',
        hint: expect.stringContaining('Status bar → Proxy'),
      },
    });
    expect((await ask('app.info', {})).notices).toContainEqual(needed.problem);
    // Without it the proxy refuses the sign-in; typed again, it works.
    const refused = await f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    answers.push(refused);
    expect(refused.ok).toBe(false);
    expect(proxy.refused.length).toBeGreaterThan(0);
    await ask('settings.proxy.set', { proxyUrl: withPassword });
    await signInThroughProxy();
  });

  it('follows the token storage opt-in without a keystore: then kept (encrypted) across a restart', async () => {
    const basic = new BasicTextCipher();
    const { withPassword } = await start(basic, noEnv);
    await ask('settings.proxy.set', { proxyUrl: withPassword });
    await ask('settings.keystore.set', { keepSignInsWithoutKeystore: true });
    expect((await ask('settings.proxy.get', {})).passwordKept).toBe('encrypted');
    expect(vaultNames()).toContain('proxy-password');
    expect(storeFiles()).not.toContain(PASSWORD);
    await f.restart(basic);
    expect((await ask('settings.proxy.get', {})).problem).toBeUndefined();
    await signInThroughProxy();
    await ask('settings.keystore.set', { keepSignInsWithoutKeystore: false });
    expect((await ask('settings.proxy.get', {})).passwordKept).toBe('session');
    expect(vaultNames()).not.toContain('proxy-password');
  });

  it('upgrades a store that has it in plain text in the URL (keystore): into the vault', async () => {
    const cipher = new AesGcmTestCipher();
    const { withPassword, shown } = await start(cipher, noEnv);
    writeOldStore(withPassword);
    await f.restart(cipher);
    expect(await ask('settings.proxy.get', {})).toMatchObject({
      displayUrl: shown,
      passwordKept: 'encrypted',
    });
    expect(storeFiles()).not.toContain(PASSWORD);
    expect(vaultNames()).toContain('proxy-password');
    await signInThroughProxy();
  });

  it('upgrades it without a keystore: out of the file, this session only, and says so', async () => {
    const basic = new BasicTextCipher();
    const { withPassword } = await start(basic, noEnv);
    writeOldStore(withPassword);
    await f.restart(basic);
    const state = await ask('settings.proxy.get', {});
    expect(state).toMatchObject({
      passwordKept: 'session',
      problem: { code: 'proxy_password_session_only' },
    });
    expect((await ask('app.info', {})).notices).toContainEqual(state.problem);
    expect(storeFiles()).not.toContain(PASSWORD);
    await signInThroughProxy();
    await f.restart(basic);
    expect((await ask('settings.proxy.get', {})).problem?.code).toBe('proxy_password_needed');
  });

  it('from HTTPS_PROXY: shown as •••, sent to the proxy, never stored', async () => {
    const cipher = new AesGcmTestCipher();
    const { shown } = await start(cipher, (withPassword) => ({ HTTPS_PROXY: withPassword }));
    expect(await ask('settings.proxy.get', {})).toMatchObject({
      displayUrl: shown,
      source: 'environment',
      passwordKept: 'environment',
    });
    await signInThroughProxy();
    expect(storeFiles()).not.toContain(PASSWORD);
  });
});

/** The settings file as the previous version wrote it: the proxy URL with its password. */
function writeOldStore(proxyUrl: string) {
  const file = join(f.storeDir, 'm365-desk.json');
  writeFileSync(file, JSON.stringify({ proxy: { proxyUrl, noProxy: '' } }, null, '\t'));
  expect(storeFiles()).toContain(PASSWORD);
}
