/**
 * A proxy URL's user info, taken apart as text. The password is the one secret in a proxy
 * setting: it is cut out before anything is stored or shown, and put back only for the agent
 * that talks to the proxy. The work is done on the string the person typed (not on `URL.href`)
 * so what they see back is what they wrote, minus the password, and putting the password back
 * gives exactly the URL they typed.
 */

import { firstControlCharacter } from '../control-characters';
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

const EXAMPLE = 'http://proxy.contoso.com:8080';

/** Checks a proxy URL a person typed; returns the reason it is unusable, if it is. */
export function proxyUrlProblem(value: string): string | undefined {
  // Messages quote the URL, so they quote it without its password.
  const shown = redactProxyUrl(value);
  // A parser drops tabs and line breaks, and reads `\` as `/`: what it checks is not what was typed.
  if (firstControlCharacter(value)) {
    return `The proxy URL contains a tab, a line break or another invisible character. Type it on one line, like ${EXAMPLE}.`;
  }
  if (value.includes('\\')) {
    return `The proxy URL contains a backslash (\\). Use forward slashes, like ${EXAMPLE}.`;
  }
  const hostPort = authorityOf(value).slice(authorityOf(value).lastIndexOf('@') + 1);
  if (!hostPort.startsWith('[') && (hostPort.match(/:/g) ?? []).length > 1) {
    return `Put an IPv6 address in brackets, like http://[2001:db8::1]:3128.`;
  }
  const port = /:(\d+)$/.exec(hostPort)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return `Port ${port} cannot be a proxy's port. Give the port it listens on, from 1 to 65535, like ${EXAMPLE}.`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${shown}" is not a valid URL. Proxies look like ${EXAMPLE}.`;
  }
  if (!value.includes('://')) {
    return `"${shown}" has no scheme. Write it as http://${shown}.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http:// and https:// proxies are supported, not ${url.protocol}//. Give your HTTP proxy's address, like ${EXAMPLE}.`;
  }
  if (hostPort.includes('%')) {
    return `The proxy's host name contains a percent-encoded character. Type it with plain letters, like ${EXAMPLE}.`;
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return `"${shown}" has a path; a proxy is only a scheme, a host and a port, like ${EXAMPLE}.`;
  }
  return undefined;
}

/** The `user:password@host:port` part of a URL as typed (with or without a scheme). */
function authorityOf(value: string): string {
  const scheme = value.indexOf('://');
  const rest = scheme >= 0 ? value.slice(scheme + 3) : value;
  const end = rest.search(/[/?#]/);
  return end >= 0 ? rest.slice(0, end) : rest;
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
