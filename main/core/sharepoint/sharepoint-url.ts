/**
 * Checks a SharePoint URL the way a careful admin would: https only, a real SharePoint Online
 * host of the chosen cloud (not a lookalike), reduced to the site collection it names. Every
 * refusal says what is wrong and what would be right.
 */
import type { Problem, SharePointTarget } from '../../../preload/contract';
import type { CloudEndpoints } from '../cloud-catalog';
import { microsoftClouds } from '../cloud-catalog';
import { typedUrlProblem } from './sharepoint-url-text';

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
  const typed = typedUrlProblem(text, example);
  if (typed) return refuse(typed.message, typed.hint);
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
  const doubled = /^(.+?)-(admin|my)-(admin|my)$/.exec(label);
  if (doubled) return refuseDoubleSuffix(host, doubled[1]!, suffix);
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

function refuseDoubleSuffix(host: string, tenant: string, suffix: string): SharePointCheck {
  return refuse(
    `"${host}" has two SharePoint suffixes; a tenant host has at most one (-admin or -my).`,
    `Use https://${tenant}-admin${suffix} for the admin center, or https://${tenant}${suffix} for its sites.`,
  );
}

function refuseForeignHost(host: string, cloud: CloudEndpoints, example: string): SharePointCheck {
  // Worldwide and GCC share sharepoint.com: name every cloud the host could belong to.
  const others = microsoftClouds
    .filter(
      (c) =>
        c.sharePointSuffix !== cloud.sharePointSuffix && host.endsWith(`.${c.sharePointSuffix}`),
    )
    .map((c) => c.label)
    .join(' or ');
  if (others) {
    return refuse(
      `"${host}" is a ${others} address, but the selected cloud is ${cloud.label}.`,
      `Choose ${others} as the cloud, or use a URL ending in .${cloud.sharePointSuffix}.`,
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
