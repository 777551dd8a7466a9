import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStore } from '../testing/conf-store';
import { ProxySettings, proxyFor, proxyUrlProblem } from './proxy-settings';

const proxy = 'http://proxy.contoso.com:8080';

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

describe('ProxySettings', () => {
  const store = () => confStore(mkdtempSync(join(tmpdir(), 'proxy-')));

  it('uses HTTPS_PROXY / NO_PROXY, and the app setting wins over them until cleared', () => {
    const settings = new ProxySettings(store(), { HTTPS_PROXY: proxy, NO_PROXY: 'localhost' });
    expect(settings.current()).toEqual({
      proxyUrl: proxy,
      noProxy: 'localhost',
      source: 'environment',
    });
    expect(settings.set('http://other:3128', '.corp')).toEqual({
      proxyUrl: 'http://other:3128',
      noProxy: '.corp',
      source: 'setting',
    });
    expect(settings.set('').source).toBe('environment');
  });

  it('explains a proxy URL it cannot use', () => {
    expect(proxyUrlProblem('proxy:8080')).toBe(
      '"proxy:8080" has no scheme. Write it as http://proxy:8080.',
    );
    expect(proxyUrlProblem('proxy.contoso.com:3128')).toBe(
      '"proxy.contoso.com:3128" has no scheme. Write it as http://proxy.contoso.com:3128.',
    );
    expect(proxyUrlProblem('not a url')).toBe(
      '"not a url" is not a valid URL. Proxies look like http://proxy.contoso.com:8080.',
    );
    expect(proxyUrlProblem('socks5://p:1080')).toBe(
      'Only http:// and https:// proxies are supported, not socks5://.',
    );
    expect(proxyUrlProblem('http://proxy.contoso.com:8080')).toBeUndefined();
  });
});
