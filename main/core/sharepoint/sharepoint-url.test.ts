/** What a person sees for each kind of SharePoint URL they might type or paste. */
import { describe, expect, it } from 'vitest';
import { findMicrosoftCloud, type CloudEndpoints } from '../cloud-catalog';
import { checkSharePointUrl } from './sharepoint-url';

const cloud = (id: Parameters<typeof findMicrosoftCloud>[0]): CloudEndpoints =>
  findMicrosoftCloud(id)!;
const publicCloud = cloud('public');

describe('SharePoint URLs that are refused, with the exact words shown', () => {
  it.each([
    ['', 'Enter your SharePoint URL.'],
    ['   ', 'Enter your SharePoint URL.'],
    ['contoso.sharepoint.com', 'The URL must start with https://.'],
    ['http://contoso.sharepoint.com', 'SharePoint Online only answers over https.'],
    ['ftp://contoso.sharepoint.com', 'SharePoint Online only answers over https.'],
    ['https://', '"https://" is not a valid URL.'],
    ['https://contoso sharepoint.com', '"https://contoso sharepoint.com" is not a valid URL.'],
    [
      'https://admin:pw@contoso.sharepoint.com',
      'The URL must not contain a user name or password.',
    ],
    [
      'https://contoso.sharepoint.com:8443',
      'SharePoint Online does not use a port number (:8443).',
    ],
    ['https://contoso.example.com', '"contoso.example.com" is not a SharePoint Online host.'],
    [
      'https://contoso.sharepoint.com.evil.test',
      '"contoso.sharepoint.com.evil.test" is not a SharePoint Online host, although it looks like one.',
    ],
    [
      'https://contoso-sharepoint.com',
      '"contoso-sharepoint.com" is not a SharePoint Online host, although it looks like one.',
    ],
    [
      'https://sharepoint.com',
      '"sharepoint.com" is not a SharePoint Online host, although it looks like one.',
    ],
    ['https://a.b.sharepoint.com', '"a.b.sharepoint.com" is not a SharePoint Online tenant host.'],
    [
      'https://-contoso.sharepoint.com',
      '"-contoso.sharepoint.com" is not a SharePoint Online tenant host.',
    ],
    [
      'https://cοntoso.sharepoint.com', // Greek omicron
      '"xn--cntoso-i0e.sharepoint.com" uses internationalised (punycode) characters; SharePoint Online tenant names never do.',
    ],
    [
      'https://xn--cntoso-i0e.sharepoint.com',
      '"xn--cntoso-i0e.sharepoint.com" uses internationalised (punycode) characters; SharePoint Online tenant names never do.',
    ],
    [
      'https://contoso.sharepoint.us',
      '"contoso.sharepoint.us" is a US Government (GCC High) address, but the selected cloud is Microsoft 365 (worldwide).',
    ],
    [
      'https://contoso.sharepoint-mil.us',
      '"contoso.sharepoint-mil.us" is a US Government (DoD) address, but the selected cloud is Microsoft 365 (worldwide).',
    ],
    [
      'https://contoso.sharepoint.cn',
      '"contoso.sharepoint.cn" is a China (21Vianet) address, but the selected cloud is Microsoft 365 (worldwide).',
    ],
  ])('%j → %s', (input, message) => {
    const result = checkSharePointUrl(input, publicCloud);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toBe(message);
  });

  it('offers the corrected URL as the hint', () => {
    const result = checkSharePointUrl('http://contoso.sharepoint.com/sites/hr', publicCloud);
    expect(!result.ok && result.problem.hint).toBe('Use https://contoso.sharepoint.com/sites/hr');
    const noScheme = checkSharePointUrl('contoso.sharepoint.com', publicCloud);
    expect(!noScheme.ok && noScheme.problem.hint).toBe(
      'For example https://contoso.sharepoint.com',
    );
  });
});

describe('SharePoint URLs that are accepted', () => {
  it.each([
    ['https://contoso.sharepoint.com', 'https://contoso.sharepoint.com', false],
    ['https://Contoso.SharePoint.com/', 'https://contoso.sharepoint.com', false],
    ['  https://contoso.sharepoint.com  ', 'https://contoso.sharepoint.com', false],
    ['https://contoso-admin.sharepoint.com', 'https://contoso-admin.sharepoint.com', true],
    [
      'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/home',
      'https://contoso-admin.sharepoint.com',
      true,
    ],
    ['https://contoso.sharepoint.com/sites/hr', 'https://contoso.sharepoint.com/sites/hr', false],
    [
      'https://contoso.sharepoint.com/sites/hr/SitePages/Home.aspx?a=1#x',
      'https://contoso.sharepoint.com/sites/hr',
      false,
    ],
    [
      'https://contoso.sharepoint.com/teams/finance/Shared%20Documents',
      'https://contoso.sharepoint.com/teams/finance',
      false,
    ],
    ['https://contoso.sharepoint.com/SitePages/Home.aspx', 'https://contoso.sharepoint.com', false],
    [
      'https://contoso-my.sharepoint.com/personal/adele_contoso_com',
      'https://contoso-my.sharepoint.com/personal/adele_contoso_com',
      false,
    ],
  ])('%s → %s (admin: %s)', (input, siteUrl, isAdmin) => {
    const result = checkSharePointUrl(input, publicCloud);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.target).toEqual({
      siteUrl,
      rootUrl: 'https://contoso.sharepoint.com',
      adminUrl: 'https://contoso-admin.sharepoint.com',
      tenantName: 'contoso',
      isAdmin,
    });
  });

  it.each([
    ['usgov', 'https://contoso.sharepoint.com/sites/x', 'https://contoso-admin.sharepoint.com'],
    ['usgovhigh', 'https://contoso.sharepoint.us/sites/x', 'https://contoso-admin.sharepoint.us'],
    [
      'usgovdod',
      'https://contoso.sharepoint-mil.us/sites/x',
      'https://contoso-admin.sharepoint-mil.us',
    ],
    ['china', 'https://contoso.sharepoint.cn/sites/x', 'https://contoso-admin.sharepoint.cn'],
  ] as const)('in %s, %s is a site whose admin center is %s', (id, url, adminUrl) => {
    const result = checkSharePointUrl(url, cloud(id));
    expect(result).toMatchObject({ ok: true, target: { siteUrl: url, adminUrl, isAdmin: false } });
  });

  it('refuses a worldwide host when the cloud is GCC High, naming both', () => {
    const result = checkSharePointUrl('https://contoso.sharepoint.com', cloud('usgovhigh'));
    expect(!result.ok && result.problem.message).toBe(
      '"contoso.sharepoint.com" is a Microsoft 365 (worldwide) address, but the selected cloud is US Government (GCC High).',
    );
  });
});
