/**
 * A proxy URL's user info, taken apart as text. The password is the one secret in a proxy
 * setting: it is cut out before anything is stored or shown, and put back only for the agent
 * that talks to the proxy. The work is done on the string the person typed (not on `URL.href`)
 * so what they see back is what they wrote, minus the password, and putting the password back
 * gives exactly the URL they typed.
 */

import { PROXY_PASSWORD_MARK } from '../../../preload/contract';

/** What the renderer sees in place of a password; typed back, it means "keep the saved one". */
export const PASSWORD_MARK = PROXY_PASSWORD_MARK;

export interface ProxyUrlParts {
  /** The URL without its password (the user name, if any, stays: it is not a secret). */
  bare: string;
  /** The password as written in the URL (percent-encoded or not); undefined when there is none. */
  password?: string;
}

/** Where the user info of `value` is: `[start, end)` of `user:password`, before the last `@`. */
function userInfoSpan(value: string): [number, number] | undefined {
  const scheme = value.indexOf('://');
  // Without a scheme (`alice:pw@proxy:8080`, as some HTTPS_PROXY values are) the authority starts at 0.
  const start = scheme >= 0 && !/[/?#@]/.test(value.slice(0, scheme)) ? scheme + 3 : 0;
  const rest = value.slice(start);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd >= 0 ? rest.slice(0, authorityEnd) : rest;
  const at = authority.lastIndexOf('@');
  return at >= 0 ? [start, start + at] : undefined;
}

/** Splits `value` into the URL without its password, and the password. */
export function splitProxyUrl(value: string): ProxyUrlParts {
  const span = userInfoSpan(value);
  if (!span) return { bare: value };
  const userInfo = value.slice(...span);
  const colon = userInfo.indexOf(':');
  if (colon < 0) return { bare: value };
  const bare = value.slice(0, span[0] + colon) + value.slice(span[1]);
  // `alice:@proxy` has no password to keep: the same as `alice@proxy`.
  const password = userInfo.slice(colon + 1);
  return password ? { bare, password } : { bare };
}

/** `bare` with `password` put back after its user name (an empty user name if it has none). */
export function joinProxyUrl(bare: string, password: string | undefined): string {
  if (password === undefined) return bare;
  const span = userInfoSpan(bare);
  if (span) return `${bare.slice(0, span[1])}:${password}${bare.slice(span[1])}`;
  const scheme = bare.indexOf('://');
  const start = scheme >= 0 ? scheme + 3 : 0;
  return `${bare.slice(0, start)}:${password}@${bare.slice(start)}`;
}

/** The URL as the renderer may show it: any password replaced by {@link PASSWORD_MARK}. */
export function redactProxyUrl(value: string): string {
  const { bare, password } = splitProxyUrl(value);
  return password === undefined ? bare : joinProxyUrl(bare, PASSWORD_MARK);
}

/** Whether `password` is the mark the renderer shows (typed or percent-encoded), not a password. */
export function isPasswordMark(password: string | undefined): boolean {
  if (password === undefined) return false;
  try {
    return decodeURIComponent(password) === PASSWORD_MARK;
  } catch {
    return false;
  }
}

/** Checks a proxy URL a person typed; returns the reason it is unusable, if it is. */
export function proxyUrlProblem(value: string): string | undefined {
  // Messages quote the URL, so they quote it without its password.
  const shown = redactProxyUrl(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${shown}" is not a valid URL. Proxies look like http://proxy.contoso.com:8080.`;
  }
  if (!value.includes('://')) {
    return `"${shown}" has no scheme. Write it as http://${shown}.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http:// and https:// proxies are supported, not ${url.protocol}//.`;
  }
  return undefined;
}

/** The same proxy, password aside: scheme, user name, host and port all equal. */
export function sameProxy(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(splitProxyUrl(a).bare), new URL(splitProxyUrl(b).bare)];
    return x.protocol === y.protocol && x.username === y.username && x.host === y.host;
  } catch {
    return false;
  }
}
