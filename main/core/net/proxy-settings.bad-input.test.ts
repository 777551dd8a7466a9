/**
 * Proxy settings that are refused when saved, each with the words the proxy dialog shows
 * (which say what to type instead). A refusal changes nothing: the proxy saved before, its
 * password in the vault, and what the renderer is shown all stay as they were, and no message
 * ever quotes a password. http:// and https:// proxies (IPv6 literals in brackets too) work;
 * socks is refused.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../errors/to-problem';
import { KeystorePolicy } from '../store/keystore-policy';
import { SecretVault } from '../store/secret-vault';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { confStore, secretsFolderIn } from '../testing/conf-store';
import { ProxySettings } from './proxy-settings';

const saved = 'http://alice:S3cretPass@proxy.contoso.com:8080';
const example = 'http://proxy.contoso.com:8080';
const oneLine = `The proxy URL contains a tab, a line break or another invisible character. Type it on one line, like ${example}.`;
const badPort = (port: string) =>
  `Port ${port} cannot be a proxy's port. Give the port it listens on, from 1 to 65535, like ${example}.`;
const hostsOnly = 'List host names only, like localhost, .contoso.com, 10.0.0.5.';
const commas = 'Separate entries with commas, like localhost, .contoso.com, 10.0.0.5.';

/** [the proxy URL typed, the NO_PROXY typed, the message shown]. */
const rows: Array<[string, string, string]> = [
  ['http://bob:Pa55word@proxy.contoso.com:0', '', badPort('0')],
  ['http://proxy.contoso.com:65536', '', badPort('65536')],
  ['http://proxy.contoso.com:99999', '', badPort('99999')],
  ['http://proxy.contoso.com:8080\n', '', oneLine],
  ['http://proxy.con\ntoso.com:8080', '', oneLine],
  ['http://bob:Pa55\tword@proxy.contoso.com:8080', '', oneLine],
  [
    'http://proxy.contoso.com\\@evil.example:8080',
    '',
    `The proxy URL contains a backslash (\\). Use forward slashes, like ${example}.`,
  ],
  [
    'http://2001:db8::1:3128',
    '',
    'Put an IPv6 address in brackets, like http://[2001:db8::1]:3128.',
  ],
  [
    'http://bob:Pa55word@::1:3128',
    '',
    'Put an IPv6 address in brackets, like http://[2001:db8::1]:3128.',
  ],
  [
    'socks5://bob:Pa55word@proxy.contoso.com:1080',
    '',
    `Only http:// and https:// proxies are supported, not socks5://. Give your HTTP proxy's address, like ${example}.`,
  ],
  [
    'socks://proxy.contoso.com:1080',
    '',
    `Only http:// and https:// proxies are supported, not socks://. Give your HTTP proxy's address, like ${example}.`,
  ],
  [
    'pac+http://wpad.contoso.com/proxy.pac',
    '',
    `Only http:// and https:// proxies are supported, not pac+http://. Give your HTTP proxy's address, like ${example}.`,
  ],
  [
    'proxy.contoso.com:8080',
    '',
    '"proxy.contoso.com:8080" has no scheme. Write it as http://proxy.contoso.com:8080.',
  ],
  [
    'bob:Pa55word@proxy.contoso.com:8080',
    '',
    '"bob:•••@proxy.contoso.com:8080" has no scheme. Write it as http://bob:•••@proxy.contoso.com:8080.',
  ],
  ['not a url', '', `"not a url" is not a valid URL. Proxies look like ${example}.`],
  [
    'http://bob:Pa55word@proxy%2econtoso.com:8080',
    '',
    `The proxy's host name contains a percent-encoded character. Type it with plain letters, like ${example}.`,
  ],
  [
    'http://bob:Pa55word@proxy.contoso.com:8080/proxy.pac',
    '',
    `"http://bob:•••@proxy.contoso.com:8080/proxy.pac" has a path; a proxy is only a scheme, a host and a port, like ${example}.`,
  ],
  [
    'http://proxy.contoso.com:8080?user=bob',
    '',
    `"http://proxy.contoso.com:8080?user=bob" has a path; a proxy is only a scheme, a host and a port, like ${example}.`,
  ],
  [
    example,
    'http://localhost',
    `"http://localhost" in the no-proxy list has a scheme. ${hostsOnly}`,
  ],
  [
    example,
    'localhost, 10.0.0.0/8',
    '"10.0.0.0/8" is an address range, which the no-proxy list cannot match. List the hosts, like 10.0.0.5.',
  ],
  [example, 'localhost;127.0.0.1', `"localhost;127.0.0.1" is not a host name. ${commas}`],
  [
    example,
    '*.contoso.*',
    '"*.contoso.*" uses * other than as "*." at its start. Write .contoso.com to match every host under contoso.com.',
  ],
  [
    example,
    '*contoso.com',
    '"*contoso.com" uses * other than as "*." at its start. Write .contoso.com to match every host under contoso.com.',
  ],
  [
    example,
    'intranet:70000',
    '"intranet:70000" names port 70000; ports go from 1 to 65535, like localhost:8080.',
  ],
  [example, 'contoso..com', `"contoso..com" is not a host name. ${commas}`],
];

let settings: ProxySettings;
let vault: SecretVault;
let file: () => string;
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-bad-'));
  const store = confStore(dir);
  const cipher = new AesGcmTestCipher();
  vault = new SecretVault({ records: secretsFolderIn(dir), cipher });
  settings = new ProxySettings({
    store,
    vault,
    policy: new KeystorePolicy({ cipher, store }),
    env: {},
  });
  file = () => readFileSync(store.path, 'utf8');
  await settings.load();
  await settings.set(saved, 'localhost');
});

describe('proxy settings that are refused, with what to type instead; nothing is lost', () => {
  it.each(rows)('%j with NO_PROXY %j → %s', async (proxyUrl, noProxy, message) => {
    const [state, onDisk] = [settings.state(), file()];
    const error = await settings.set(proxyUrl, noProxy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).message).toBe(message);
    for (const password of ['S3cretPass', 'Pa55word', 'Pa55\tword'])
      expect(message).not.toContain(password);
    expect(settings.state()).toEqual(state);
    expect(file()).toBe(onDisk);
    expect(settings.current().proxyUrl).toBe(saved);
    expect(await vault.read('proxy-password')).toBe('S3cretPass');
  });

  it.each([
    ['https://proxy.contoso.com:8443', ''],
    ['http://[2001:db8::1]:3128', '[::1], localhost'],
    ['http://proxy.contoso.com:8080/', '*.contoso.com, .corp, 10.0.0.5:8443 intranet\n*'],
  ])('accepts %j with NO_PROXY %j', async (proxyUrl, noProxy) => {
    expect(await settings.set(proxyUrl, noProxy)).toMatchObject({
      source: 'setting',
      displayUrl: proxyUrl,
    });
  });
});
