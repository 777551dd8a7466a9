import { describe, expect, it } from 'vitest';
import { chromiumProxyConfig, decideNavigation } from './sign-in-window-policy';

const request = {
  redirectUri: 'https://login.microsoftonline.com/common/oauth2/nativeclient',
  authorityOrigin: 'https://login.microsoftonline.us',
};

describe('sign-in window navigation', () => {
  it.each([
    ['https://login.microsoftonline.com/common/oauth2/nativeclient?code=abc&state=s', 'redirect'],
    ['https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/authorize?x=1', 'allow'],
    ['https://login.microsoftonline.com/common/oauth2/v2.0/authorize', 'block'],
    ['http://login.microsoftonline.us/login', 'block'],
    ['https://login.microsoftonline.us.evil.example/', 'block'],
    ['https://evil.example/common/oauth2/nativeclient?code=stolen', 'block'],
    ['javascript:alert(1)', 'block'],
    ['not a url', 'block'],
  ])('%s → %s', (url, decision) => {
    expect(decideNavigation(url, request)).toBe(decision);
  });
});

describe('sign-in window proxy', () => {
  it('goes direct without a proxy', () => {
    expect(chromiumProxyConfig({})).toEqual({ mode: 'direct' });
  });

  it('turns the app’s proxy and NO_PROXY into Chromium rules', () => {
    expect(
      chromiumProxyConfig({
        proxyUrl: 'http://user@proxy.contoso.com:8080/',
        noProxy: '.intranet.contoso.com, localhost',
      }),
    ).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'http://proxy.contoso.com:8080',
      proxyBypassRules: '<local>,intranet.contoso.com,*.intranet.contoso.com,localhost,*.localhost',
    });
  });
});
