/**
 * What the sign-in window may do, as plain functions both window adapters (Electron's
 * BrowserWindow and the chromium-bridge test page) apply: which navigations to allow, and the
 * proxy rules in Chromium's own syntax.
 */
import type { SignInWindowRequest } from '../ports';

export type NavigationDecision = 'redirect' | 'allow' | 'block';

/**
 * `redirect`: the authority answered; hand the URL back and close, without loading it.
 * `allow`: a page of the authority itself. `block`: anything else (the window stays put).
 */
export function decideNavigation(
  url: string,
  request: Pick<SignInWindowRequest, 'redirectUri' | 'authorityOrigin'>,
): NavigationDecision {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 'block';
  }
  const redirect = new URL(request.redirectUri);
  if (target.origin === redirect.origin && target.pathname === redirect.pathname) {
    return 'redirect';
  }
  return target.protocol === 'https:' && target.origin === request.authorityOrigin
    ? 'allow'
    : 'block';
}

/** Electron's `session.setProxy` config for the app's proxy setting. */
export function chromiumProxyConfig(proxy: SignInWindowRequest['proxy']): {
  mode: 'direct' | 'fixed_servers';
  proxyRules?: string;
  proxyBypassRules?: string;
} {
  if (!proxy.proxyUrl) return { mode: 'direct' };
  const url = new URL(proxy.proxyUrl);
  const bypass = (proxy.noProxy ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    // NO_PROXY's `.contoso.com` and `contoso.com` both mean the domain and its subdomains.
    .flatMap((entry) =>
      entry === '*' ? ['*'] : [entry.replace(/^\*?\./, ''), `*.${entry.replace(/^\*?\./, '')}`],
    );
  return {
    mode: 'fixed_servers',
    proxyRules: `${url.protocol}//${url.host}`,
    proxyBypassRules: ['<local>', ...bypass].join(','),
  };
}
