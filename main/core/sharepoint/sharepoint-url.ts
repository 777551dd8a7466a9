/**
 * Checks a SharePoint URL the way a careful admin would: https only, a real SharePoint Online
 * host of the chosen cloud (not a lookalike), reduced to the site collection it names. Every
 * refusal says what is wrong and what would be right.
 */
import type { Problem, SharePointTarget } from '../../../preload/contract';
import type { CloudEndpoints } from '../cloud-catalog';
import { microsoftClouds } from '../cloud-catalog';

export type SharePointCheck =
  { ok: true; target: SharePointTarget } | { ok: false; problem: Problem };

const TENANT_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Site collections live under these managed paths; deeper paths are pages inside them. */
const MANAGED_PATHS = new Set(['sites', 'teams', 'personal', 'portals']);

const refuse = (message: string, hint?: string): SharePointCheck => ({
  ok: false,
  problem: { code: 'invalid_sharepoint_url', message, ...(hint ? { hint } : {}) },
});

export function checkSharePointUrl(input: string, cloud: CloudEndpoints): SharePointCheck {
  const example = `https://contoso.${cloud.sharePointSuffix}`;
  const text = input.trim();
  if (!text) return refuse('Enter your SharePoint URL.', `For example ${example}`);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return refuse(
      'The URL must start with https://.',
      `For example https://${text.replace(/^\/+/, '')}`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(`"${text}" is not a valid URL.`, `For example ${example}`);
  }
  if (url.protocol !== 'https:') {
    return refuse(
      'SharePoint Online only answers over https.',
      `Use https://${url.host}${url.pathname}`,
    );
  }
  if (url.username || url.password)
    return refuse('The URL must not contain a user name or password.');
  if (url.port) return refuse(`SharePoint Online does not use a port number (:${url.port}).`);

  const host = url.hostname;
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return refuse(
      `"${host}" uses internationalised (punycode) characters; SharePoint Online tenant names never do.`,
      'It may be a lookalike address. Type the URL yourself instead of pasting it.',
    );
  }
  const suffix = `.${cloud.sharePointSuffix}`;
  if (!host.endsWith(suffix)) return refuseForeignHost(host, cloud, example);

  const label = host.slice(0, -suffix.length);
  if (label.includes('.') || !TENANT_LABEL.test(label)) {
    return refuse(
      `"${host}" is not a SharePoint Online tenant host.`,
      `Tenant hosts look like ${example}.`,
    );
  }
  const isAdmin = label.endsWith('-admin');
  const tenantName = label.replace(/-(admin|my)$/, '');
  const rootUrl = `https://${tenantName}${suffix}`;
  const adminUrl = `https://${tenantName}-admin${suffix}`;
  const siteUrl = isAdmin ? adminUrl : `https://${host}${siteCollectionPath(url.pathname)}`;
  return { ok: true, target: { siteUrl, rootUrl, adminUrl, tenantName, isAdmin } };
}

/** `/sites/hr/SitePages/Home.aspx` → `/sites/hr`; anything else → the root site. */
function siteCollectionPath(pathname: string): string {
  const [first, second] = pathname.split('/').filter(Boolean);
  return first && second && MANAGED_PATHS.has(first.toLowerCase())
    ? `/${first.toLowerCase()}/${second}`
    : '';
}

function refuseForeignHost(host: string, cloud: CloudEndpoints, example: string): SharePointCheck {
  const other = microsoftClouds.find(
    (c) => c.sharePointSuffix !== cloud.sharePointSuffix && host.endsWith(`.${c.sharePointSuffix}`),
  );
  if (other) {
    return refuse(
      `"${host}" is a ${other.label} address, but the selected cloud is ${cloud.label}.`,
      `Choose ${other.label} as the cloud, or use a URL ending in .${cloud.sharePointSuffix}.`,
    );
  }
  const lookalike = host.includes(cloud.sharePointSuffix) || host.includes('sharepoint');
  return refuse(
    lookalike
      ? `"${host}" is not a SharePoint Online host, although it looks like one.`
      : `"${host}" is not a SharePoint Online host.`,
    `SharePoint Online URLs in ${cloud.label} look like ${example}.`,
  );
}
