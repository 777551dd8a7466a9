/** What a person sees for each kind of SharePoint URL they might type or paste. */
import { describe, expect, it } from 'vitest';
import { findMicrosoftCloud, type CloudEndpoints } from '../cloud-catalog';
import { checkSharePointUrl } from './sharepoint-url';

const cloud = (id: Parameters<typeof findMicrosoftCloud>[0]): CloudEndpoints =>
  findMicrosoftCloud(id)!;
const publicCloud = cloud('public');

// The refused ones, each with its words and hint: sharepoint-url.bad-input.test.ts.
describe('SharePoint URL hints', () => {
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
});
