import { describe, expect, it } from 'vitest';
import { ProxyState } from '../../../preload/contract';
import {
  isPasswordMark,
  joinProxyUrl,
  redactProxyUrl,
  sameProxy,
  splitProxyUrl,
} from './proxy-url';

describe('proxy URL passwords', () => {
  it.each([
    ['http://alice:S3cretPass@proxy:3128', 'http://alice@proxy:3128', 'S3cretPass'],
    ['http://alice:S3cretPass@proxy:3128/', 'http://alice@proxy:3128/', 'S3cretPass'],
    ['https://a%40corp:p%3Ass@proxy.corp:8443', 'https://a%40corp@proxy.corp:8443', 'p%3Ass'],
    ['http://alice:p@ss@proxy:3128', 'http://alice@proxy:3128', 'p@ss'],
    ['http://:onlypass@proxy:3128', 'http://@proxy:3128', 'onlypass'],
    ['alice:S3cretPass@proxy:8080', 'alice@proxy:8080', 'S3cretPass'], // HTTPS_PROXY without scheme
    ['http://alice@proxy:3128', 'http://alice@proxy:3128', undefined],
    ['http://alice:@proxy:3128', 'http://alice@proxy:3128', undefined],
    ['http://proxy:3128/a@b:c', 'http://proxy:3128/a@b:c', undefined], // `@` in the path only
    ['http://proxy.contoso.com:8080', 'http://proxy.contoso.com:8080', undefined],
  ])('%s → %s without the password', (url, bare, password) => {
    expect(splitProxyUrl(url)).toEqual(password === undefined ? { bare } : { bare, password });
    if (password !== undefined) expect(joinProxyUrl(bare, password)).toBe(url);
  });

  it('shows a password as ••• and nothing else of it', () => {
    expect(redactProxyUrl('http://alice:S3cretPass@proxy:3128')).toBe(
      'http://alice:•••@proxy:3128',
    );
    expect(redactProxyUrl('alice:S3cretPass@proxy:8080')).toBe('alice:•••@proxy:8080');
    expect(redactProxyUrl('http://proxy:3128')).toBe('http://proxy:3128');
  });

  it('lets the contract refuse a URL with a password, and pass a redacted one', () => {
    const state = (displayUrl: string) =>
      ProxyState.safeParse({ displayUrl, hasPassword: true, source: 'setting' }).success;
    expect(state('http://alice:S3cretPass@proxy:3128')).toBe(false);
    expect(state('alice:S3cretPass@proxy:8080')).toBe(false);
    expect(state('http://alice:•••@proxy:3128')).toBe(true);
    expect(state('http://alice@proxy:3128')).toBe(true);
    expect(state('http://proxy:3128/a@b:c')).toBe(true);
  });

  it('recognises the mark, typed or percent-encoded', () => {
    expect(isPasswordMark('•••')).toBe(true);
    expect(isPasswordMark('%E2%80%A2%E2%80%A2%E2%80%A2')).toBe(true);
    expect(isPasswordMark('••')).toBe(false);
    expect(isPasswordMark(undefined)).toBe(false);
    expect(isPasswordMark('%E2%80')).toBe(false); // not decodable: a password like any other
  });

  it('compares proxies without their passwords', () => {
    expect(sameProxy('http://alice@proxy:3128', 'http://alice:•••@proxy:3128')).toBe(true);
    expect(sameProxy('http://alice@proxy:3128', 'http://alice:•••@evil:3128')).toBe(false);
    expect(sameProxy('http://alice@proxy:3128', 'http://bob:•••@proxy:3128')).toBe(false);
    expect(sameProxy('http://alice@proxy:3128', 'https://alice:•••@proxy:3128')).toBe(false);
  });
  // What is refused, and its words: proxy-settings.bad-input.test.ts.
});
