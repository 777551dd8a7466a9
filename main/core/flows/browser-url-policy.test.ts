/**
 * Which addresses M365 Desk hands to the system browser: each cloud's own sign-in and
 * device-login pages, and nothing else however it is spelled.
 */
import { describe, expect, it } from 'vitest';
import { findMicrosoftCloud, microsoftClouds } from '../cloud-catalog';
import { ProblemError } from '../errors/to-problem';
import { mayOpenInBrowser, openInBrowser, type BrowserPage } from './browser-url-policy';

const authority = (id: string) => `${findMicrosoftCloud(id as 'public')!.authorityHost}/contoso`;
const publicCloud = authority('public');
const gcc = authority('usgov');
const gccHigh = authority('usgovhigh');
const dod = authority('usgovdod');
const china = authority('china');
const sandbox = 'https://127.0.0.1:51234/9188040d-6c67-4c5b-b112-36a304b66dad';
const authorize = '/contoso/oauth2/v2.0/authorize?client_id=1&response_mode=form_post';

type Row = [string, string, string, BrowserPage];

const allowed: Row[] = [
  ...microsoftClouds.map((c): Row => [
    c.id,
    `${c.authorityHost}${authorize}`,
    authority(c.id),
    'sign-in',
  ]),
  ['sandbox', `https://127.0.0.1:51234${authorize}`, sandbox, 'sign-in'],
  ['public device login', 'https://microsoft.com/devicelogin', publicCloud, 'device-login'],
  ['public newer device login', 'https://login.microsoft.com/device', publicCloud, 'device-login'],
  [
    'public, authority host',
    'https://login.microsoftonline.com/common/oauth2/deviceauth',
    publicCloud,
    'device-login',
  ],
  ['GCC shares worldwide', 'https://microsoft.com/devicelogin', gcc, 'device-login'],
  ['GCC High', 'https://microsoft.com/deviceloginus', gccHigh, 'device-login'],
  ['DoD', 'https://microsoft.com/deviceloginus', dod, 'device-login'],
  ['China', 'https://microsoft.com/deviceloginchina', china, 'device-login'],
  ['China partner host', 'https://login.partner.microsoftonline.cn/device', china, 'device-login'],
  ['sandbox device login', 'https://127.0.0.1:51234/devicelogin', sandbox, 'device-login'],
  [
    'uppercase scheme and host',
    `HTTPS://LOGIN.MICROSOFTONLINE.COM${authorize}`,
    publicCloud,
    'sign-in',
  ],
  ['a fragment', 'https://microsoft.com/devicelogin#code', publicCloud, 'device-login'],
];

const refused: Row[] = [
  // schemes
  ['http', `http://login.microsoftonline.com${authorize}`, publicCloud, 'sign-in'],
  ['http on the sandbox', `http://127.0.0.1:51234${authorize}`, sandbox, 'sign-in'],
  ['javascript:', 'javascript:alert(1)', publicCloud, 'sign-in'],
  [
    'javascript: with a host-like body',
    'javascript://login.microsoftonline.com/%0aalert(1)',
    publicCloud,
    'sign-in',
  ],
  ['file:', 'file:///etc/passwd', publicCloud, 'sign-in'],
  ['file: UNC', 'file://login.microsoftonline.com/share', publicCloud, 'sign-in'],
  ['data:', 'data:text/html,<script>alert(1)</script>', publicCloud, 'sign-in'],
  ['vbscript:', 'vbscript:msgbox(1)', publicCloud, 'sign-in'],
  ['an OS handler', 'ms-settings:privacy', publicCloud, 'sign-in'],
  ['ftp', 'ftp://login.microsoftonline.com/', publicCloud, 'sign-in'],
  // user info
  [
    'userinfo before a foreign host',
    'https://login.microsoftonline.com@evil.example/',
    publicCloud,
    'sign-in',
  ],
  [
    'user and password on the right host',
    `https://user:pass@login.microsoftonline.com${authorize}`,
    publicCloud,
    'sign-in',
  ],
  [
    'port-looking password',
    'https://login.microsoftonline.com:443@evil.example/',
    publicCloud,
    'sign-in',
  ],
  [
    'userinfo on a device-login host',
    'https://a@microsoft.com/devicelogin',
    publicCloud,
    'device-login',
  ],
  // lookalikes
  ['suffix', 'https://login.microsoftonline.com.evil.example/', publicCloud, 'sign-in'],
  ['subdomain', 'https://evil.login.microsoftonline.com/', publicCloud, 'sign-in'],
  ['hyphen', 'https://login-microsoftonline.com/', publicCloud, 'sign-in'],
  ['other TLD', 'https://login.microsoftonline.co/', publicCloud, 'sign-in'],
  ['host in the path', 'https://evil.example/login.microsoftonline.com', publicCloud, 'sign-in'],
  ['host in the query', 'https://evil.example/?login.microsoftonline.com', publicCloud, 'sign-in'],
  [
    'device-login lookalike',
    'https://microsoft.com.evil.example/devicelogin',
    publicCloud,
    'device-login',
  ],
  [
    'www is not the device-login host',
    'https://www.microsoft.com/devicelogin',
    publicCloud,
    'device-login',
  ],
  // IDN and encodings
  ['Cyrillic o (raw)', 'https://lоgin.microsoftonline.com/', publicCloud, 'sign-in'],
  ['Cyrillic o (punycode)', 'https://xn--lgin-55d.microsoftonline.com/', publicCloud, 'sign-in'],
  [
    'fullwidth dots the parser folds',
    'https://login．microsoftonline．com/',
    publicCloud,
    'sign-in',
  ],
  ['percent-encoded dots', 'https://login%2Emicrosoftonline.com/', publicCloud, 'sign-in'],
  ['decimal IP for the sandbox', 'https://2130706433:51234/devicelogin', sandbox, 'device-login'],
  // ports
  ['another port', 'https://login.microsoftonline.com:8443/', publicCloud, 'sign-in'],
  ['default port written out', 'https://login.microsoftonline.com:443/x', publicCloud, 'sign-in'],
  ['sandbox, another port', 'https://127.0.0.1:51235/devicelogin', sandbox, 'device-login'],
  ['sandbox, no port', 'https://127.0.0.1/devicelogin', sandbox, 'device-login'],
  ['sandbox by another name', 'https://localhost:51234/devicelogin', sandbox, 'device-login'],
  [
    'device-login host on a port',
    'https://microsoft.com:8443/devicelogin',
    publicCloud,
    'device-login',
  ],
  // trailing dots
  ['trailing dot', `https://login.microsoftonline.com.${authorize}`, publicCloud, 'sign-in'],
  [
    'trailing dot on a device-login host',
    'https://microsoft.com./devicelogin',
    publicCloud,
    'device-login',
  ],
  // characters the parser repairs
  ['backslash', 'https://login.microsoftonline.com\\@evil.example/', publicCloud, 'sign-in'],
  ['backslashes for slashes', 'https:\\\\login.microsoftonline.com\\x', publicCloud, 'sign-in'],
  ['leading space', ` https://login.microsoftonline.com${authorize}`, publicCloud, 'sign-in'],
  ['tab inside the host', 'https://login.micro\tsoftonline.com/', publicCloud, 'sign-in'],
  ['newline', 'https://login.microsoftonline.com/\nx', publicCloud, 'sign-in'],
  // the wrong page, cloud or purpose
  [
    'device-login host for the sign-in itself',
    'https://microsoft.com/devicelogin',
    publicCloud,
    'sign-in',
  ],
  [
    'worldwide device login for GCC High',
    'https://login.microsoft.com/device',
    gccHigh,
    'device-login',
  ],
  [
    'China device login for worldwide',
    'https://login.partner.microsoftonline.cn/device',
    publicCloud,
    'device-login',
  ],
  [
    'worldwide authority for GCC High',
    `https://login.microsoftonline.com${authorize}`,
    gccHigh,
    'sign-in',
  ],
  [
    'Microsoft device login for the sandbox',
    'https://microsoft.com/devicelogin',
    sandbox,
    'device-login',
  ],
  // not URLs, or no authority
  ['scheme-relative', '//login.microsoftonline.com/x', publicCloud, 'sign-in'],
  ['no scheme', 'login.microsoftonline.com/x', publicCloud, 'sign-in'],
  ['empty', '', publicCloud, 'sign-in'],
  ['no host', 'https://', publicCloud, 'sign-in'],
  [
    'an http authority',
    'http://127.0.0.1:51234/devicelogin',
    'http://127.0.0.1:51234/t',
    'device-login',
  ],
  ['no authority known', 'https://microsoft.com/devicelogin', '', 'device-login'],
];

describe('mayOpenInBrowser', () => {
  it.each(allowed)('opens %s', (_, url, from, page) => {
    expect(mayOpenInBrowser(url, from, page)).toBe(true);
  });

  it.each(refused)('refuses %s', (_, url, from, page) => {
    expect(mayOpenInBrowser(url, from, page)).toBe(false);
  });
});

describe('openInBrowser', () => {
  const recorder = () => {
    const opened: string[] = [];
    return { opened, opener: { open: async (url: string) => void opened.push(url) } };
  };

  it('hands over the address as the parser that judged it writes it', async () => {
    const { opened, opener } = recorder();
    await openInBrowser(
      opener,
      `HTTPS://LOGIN.MICROSOFTONLINE.COM${authorize}`,
      publicCloud,
      'sign-in',
    );
    expect(opened).toEqual([`https://login.microsoftonline.com${authorize}`]);
  });

  it('refuses with a ProblemError naming the host, and opens nothing', async () => {
    const { opened, opener } = recorder();
    const refusal = openInBrowser(
      opener,
      'https://login.microsoftonline.com.evil.example/x',
      publicCloud,
      'sign-in',
    );
    await expect(refusal).rejects.toBeInstanceOf(ProblemError);
    await expect(refusal).rejects.toMatchObject({
      code: 'untrusted_browser_url',
      message: expect.stringContaining('sign-in page on login.microsoftonline.com.evil.example'),
      hint: expect.stringContaining('Nothing was opened'),
    });
    expect(opened).toEqual([]);
  });

  it('says nothing about an address that is not plain text', async () => {
    const { opener } = recorder();
    await expect(
      openInBrowser(opener, 'javascript:\nalert(1)', publicCloud, 'device-login'),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^M365 Desk did not open the device code page: /),
    });
  });
});
