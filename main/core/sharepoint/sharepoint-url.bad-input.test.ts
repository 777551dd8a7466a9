/**
 * SharePoint URLs that are refused, each with the words a person sees and the hint that says
 * what to type instead. The check runs before anything is sent, and is a pure function of the
 * text: a refusal changes nothing, so the dialog keeps everything else that was typed.
 */
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../../../preload/contract';
import { findMicrosoftCloud } from '../cloud-catalog';
import { checkSharePointUrl } from './sharepoint-url';

const example = 'https://contoso.sharepoint.com';
const notPlain = 'which is not a plain letter, digit, dot or hyphen.';
const lookalike = `It may be a lookalike address. Type the URL yourself, for example ${example}.`;
const onOneLine = `Type it again on one line, for example ${example}.`;
const slashes = `Use forward slashes, for example ${example}/sites/hr.`;
const noUserInfo = 'The URL must not contain a user name or password.';
const onlyAddress = `Type only the address, for example ${example}. You sign in after.`;
const ipAddress = (host: string) =>
  `"${host}" is an IP address; SharePoint Online is reached by its name.`;
const byName = `Use your tenant's SharePoint address, for example ${example}.`;
const doubled = (host: string) =>
  `"${host}" has two SharePoint suffixes; a tenant host has at most one (-admin or -my).`;
const oneSuffix =
  'Use https://contoso-admin.sharepoint.com for the admin center, or https://contoso.sharepoint.com for its sites.';
const worldwide = 'Microsoft 365 (worldwide) or US Government (GCC)';

/** [cloud, what was typed, the message, a part of the hint]. */
const rows: Array<[CloudId, string, string, string]> = [
  // Empty, no scheme, not https, not a URL.
  ['public', '', 'Enter your SharePoint URL.', `For example ${example}`],
  ['public', '   ', 'Enter your SharePoint URL.', `For example ${example}`],
  [
    'public',
    'contoso.sharepoint.com',
    'The URL must start with https://.',
    `For example ${example}`,
  ],
  [
    'public',
    'http://contoso.sharepoint.com',
    'SharePoint Online only answers over https.',
    `Use ${example}/`,
  ],
  [
    'public',
    'ftp://contoso.sharepoint.com',
    'SharePoint Online only answers over https.',
    `Use ${example}/`,
  ],
  ['public', 'https://', '"https://" is not a valid URL.', `For example ${example}`],
  // Double suffixes.
  [
    'public',
    'https://contoso-admin-admin.sharepoint.com',
    doubled('contoso-admin-admin.sharepoint.com'),
    oneSuffix,
  ],
  [
    'public',
    'https://contoso-my-admin.sharepoint.com',
    doubled('contoso-my-admin.sharepoint.com'),
    oneSuffix,
  ],
  [
    'public',
    'https://contoso-admin-my.sharepoint.com/sites/hr',
    doubled('contoso-admin-my.sharepoint.com'),
    oneSuffix,
  ],
  [
    'public',
    'https://contoso-my-my.sharepoint.com',
    doubled('contoso-my-my.sharepoint.com'),
    oneSuffix,
  ],
  // A trailing dot.
  [
    'public',
    'https://contoso.sharepoint.com.',
    '"contoso.sharepoint.com." ends with a dot.',
    `Remove the final dot: ${example}`,
  ],
  [
    'public',
    'https://Contoso.SharePoint.com./sites/hr',
    '"Contoso.SharePoint.com." ends with a dot.',
    `Remove the final dot: ${example}`,
  ],
  // Percent-encoding and characters that only look like dots or letters.
  [
    'public',
    'https://contoso%2esharepoint.com',
    'The host name contains a percent-encoded character (%2e).',
    'plain letters, digits, dots and hyphens',
  ],
  [
    'public',
    'https://contoso.sharepoint%2Ecom/sites/hr',
    'The host name contains a percent-encoded character (%2E).',
    `for example ${example}.`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com%2e',
    'The host name contains a percent-encoded character (%2e).',
    `for example ${example}.`,
  ],
  [
    'public',
    'https://contoso\u3002sharepoint.com',
    `The host name contains "\u3002" (U+3002), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://contoso.sharepoint.com\u3002',
    `The host name contains "\u3002" (U+3002), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://contoso\uff0esharepoint.com',
    `The host name contains "\uff0e" (U+FF0E), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://\uff43ontoso.sharepoint.com',
    `The host name contains "\uff43" (U+FF43), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://c\u03bfntoso.sharepoint.com',
    `The host name contains "\u03bf" (U+03BF), ${notPlain}`,
    lookalike,
  ], // Greek omicron
  [
    'public',
    'https://contoso\u200b.sharepoint.com',
    `The host name contains "\u200b" (U+200B), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://con\u00adtoso.sharepoint.com',
    `The host name contains "\u00ad" (U+00AD), ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://contoso sharepoint.com',
    `The host name contains a space, ${notPlain}`,
    lookalike,
  ],
  [
    'public',
    'https://xn--cntoso-i0e.sharepoint.com',
    '"xn--cntoso-i0e.sharepoint.com" uses internationalised (punycode) characters; SharePoint Online tenant names never do.',
    'Type the URL yourself',
  ],
  // Tabs and line breaks, which parsers drop without a word.
  [
    'public',
    'https://contoso\t.sharepoint.com',
    'The URL contains a tab, a line break or another invisible character.',
    onOneLine,
  ],
  [
    'public',
    'https://contoso.share\npoint.com',
    'The URL contains a tab, a line break or another invisible character.',
    onOneLine,
  ],
  [
    'public',
    'https://contoso.sharepoint.com/sites/\thr',
    'The URL contains a tab, a line break or another invisible character.',
    onOneLine,
  ],
  [
    'public',
    `${example}/sites/hr\r\nhttps://evil.example`,
    'The URL contains a tab, a line break or another invisible character.',
    onOneLine,
  ],
  [
    'public',
    'https://contoso.sharepoint.com\u0000.evil.example',
    'The URL contains a tab, a line break or another invisible character.',
    onOneLine,
  ],
  // Backslash and @ tricks, user info.
  [
    'public',
    'https://contoso.sharepoint.com\\@evil.example',
    'The URL contains a backslash (\\).',
    slashes,
  ],
  [
    'public',
    'https://evil.example\\@contoso.sharepoint.com',
    'The URL contains a backslash (\\).',
    slashes,
  ],
  ['public', 'https:\\\\contoso.sharepoint.com', 'The URL contains a backslash (\\).', slashes],
  ['public', 'https://contoso.sharepoint.com@evil.example', noUserInfo, onlyAddress],
  [
    'public',
    'https://contoso.sharepoint.com%40evil.example',
    'The host name contains a percent-encoded character (%40).',
    `for example ${example}.`,
  ],
  ['public', 'https://admin@contoso.sharepoint.com', noUserInfo, onlyAddress],
  ['public', 'https://admin:pw@contoso.sharepoint.com', noUserInfo, onlyAddress],
  ['public', 'https://:pw@contoso.sharepoint.com/sites/hr', noUserInfo, onlyAddress],
  // Ports, even the default one.
  [
    'public',
    'https://contoso.sharepoint.com:8443',
    'SharePoint Online does not use a port number (:8443).',
    `Remove it: ${example}`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com:443/sites/hr',
    'SharePoint Online does not use a port number (:443).',
    `Remove it: ${example}`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com:0',
    'SharePoint Online does not use a port number (:0).',
    `Remove it: ${example}`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com:/sites/hr',
    'SharePoint Online does not use a port number (:).',
    `Remove it: ${example}`,
  ],
  // IP literals, however they are written.
  ['public', 'https://10.0.0.1/sites/hr', ipAddress('10.0.0.1'), byName],
  ['public', 'https://0x7f.0.0.1', ipAddress('0x7f.0.0.1'), byName],
  ['public', 'https://2130706433', ipAddress('2130706433'), byName],
  ['public', 'https://[::1]/', ipAddress('[::1]'), byName],
  ['public', 'https://[2001:db8::1]:443/sites/hr', ipAddress('[2001:db8::1]'), byName],
  ['public', 'https://[::ffff:10.0.0.1]', ipAddress('[::ffff:10.0.0.1]'), byName],
  // Not SharePoint Online, or not a tenant's host.
  [
    'public',
    'https://contoso.example.com',
    '"contoso.example.com" is not a SharePoint Online host.',
    `look like ${example}`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com.evil.test',
    '"contoso.sharepoint.com.evil.test" is not a SharePoint Online host, although it looks like one.',
    `look like ${example}`,
  ],
  [
    'public',
    'https://contoso.sharepoint.com.cn',
    '"contoso.sharepoint.com.cn" is not a SharePoint Online host, although it looks like one.',
    `look like ${example}`,
  ],
  [
    'public',
    'https://contoso-sharepoint.com',
    '"contoso-sharepoint.com" is not a SharePoint Online host, although it looks like one.',
    `look like ${example}`,
  ],
  [
    'public',
    'https://sharepoint.com',
    '"sharepoint.com" is not a SharePoint Online host, although it looks like one.',
    `look like ${example}`,
  ],
  [
    'public',
    'https://a.b.sharepoint.com',
    '"a.b.sharepoint.com" is not a SharePoint Online tenant host.',
    `Tenant hosts look like ${example}.`,
  ],
  [
    'public',
    'https://-contoso.sharepoint.com',
    '"-contoso.sharepoint.com" is not a SharePoint Online tenant host.',
    `Tenant hosts look like ${example}.`,
  ],
  // A SharePoint host of another cloud than the one chosen.
  [
    'public',
    'https://contoso.sharepoint.us',
    '"contoso.sharepoint.us" is a US Government (GCC High) address, but the selected cloud is Microsoft 365 (worldwide).',
    'Choose US Government (GCC High) as the cloud, or use a URL ending in .sharepoint.com.',
  ],
  [
    'public',
    'https://contoso.sharepoint-mil.us',
    '"contoso.sharepoint-mil.us" is a US Government (DoD) address, but the selected cloud is Microsoft 365 (worldwide).',
    'Choose US Government (DoD) as the cloud',
  ],
  [
    'public',
    'https://contoso.sharepoint.cn',
    '"contoso.sharepoint.cn" is a China (21Vianet) address, but the selected cloud is Microsoft 365 (worldwide).',
    'Choose China (21Vianet) as the cloud',
  ],
  [
    'usgov',
    'https://contoso.sharepoint.us/sites/hr',
    '"contoso.sharepoint.us" is a US Government (GCC High) address, but the selected cloud is US Government (GCC).',
    'or use a URL ending in .sharepoint.com.',
  ],
  [
    'usgovhigh',
    'https://contoso.sharepoint.com',
    `"contoso.sharepoint.com" is a ${worldwide} address, but the selected cloud is US Government (GCC High).`,
    `Choose ${worldwide} as the cloud, or use a URL ending in .sharepoint.us.`,
  ],
  [
    'usgovhigh',
    'https://contoso.sharepoint-mil.us',
    '"contoso.sharepoint-mil.us" is a US Government (DoD) address, but the selected cloud is US Government (GCC High).',
    'or use a URL ending in .sharepoint.us.',
  ],
  [
    'usgovdod',
    'https://contoso-admin.sharepoint.us',
    '"contoso-admin.sharepoint.us" is a US Government (GCC High) address, but the selected cloud is US Government (DoD).',
    'or use a URL ending in .sharepoint-mil.us.',
  ],
  [
    'china',
    'https://contoso.sharepoint.com/sites/hr',
    `"contoso.sharepoint.com" is a ${worldwide} address, but the selected cloud is China (21Vianet).`,
    'or use a URL ending in .sharepoint.cn.',
  ],
  [
    'china',
    'https://contoso.sharepoint.us',
    '"contoso.sharepoint.us" is a US Government (GCC High) address, but the selected cloud is China (21Vianet).',
    'or use a URL ending in .sharepoint.cn.',
  ],
];

describe('SharePoint URLs that are refused, with the words shown and what to type instead', () => {
  it.each(rows)('%s: %j → %s', (cloudId, input, message, hint) => {
    const result = checkSharePointUrl(input, findMicrosoftCloud(cloudId)!);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code: 'invalid_sharepoint_url', message });
    expect(result.problem.hint).toContain(hint);
  });
});
