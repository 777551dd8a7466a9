/**
 * NO_PROXY: the hosts that are reached directly, not through the proxy. Entries are separated
 * by commas or spaces, each `*` (never the proxy), a host, a `.suffix` or `*.suffix` domain, or
 * an IP address, with an optional `:port`. The app's own setting is checked when saved, so a
 * list that would silently match nothing is refused with what to write instead.
 */
import type { ProxyConfig } from './proxy-settings';

const EXAMPLE = 'localhost, .contoso.com, 10.0.0.5';
const HOST = /^(\*?\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const IPV6 = /^\[[0-9a-f:.]+\]$/i;

const entries = (list: string) => list.split(/[\s,]+/).filter(Boolean);

/** Why `list` cannot be used as NO_PROXY, or undefined when every entry can. */
export function noProxyProblem(list: string): string | undefined {
  for (const entry of entries(list)) {
    if (entry === '*') continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      return `"${entry}" in the no-proxy list has a scheme. List host names only, like ${EXAMPLE}.`;
    }
    if (/^[0-9a-f.:[\]]+\/\d+$/i.test(entry)) {
      return `"${entry}" is an address range, which the no-proxy list cannot match. List the hosts, like 10.0.0.5.`;
    }
    const [, host = '', port] = /^(.*?)(?::(\d+))?$/.exec(entry) ?? [];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      return `"${entry}" names port ${port}; ports go from 1 to 65535, like localhost:8080.`;
    }
    if (host.replace(/^\*\./, '').includes('*')) {
      return `"${entry}" uses * other than as "*." at its start. Write .contoso.com to match every host under contoso.com.`;
    }
    if (!HOST.test(host) && !IPV6.test(host)) {
      return `"${entry}" is not a host name. Separate entries with commas, like ${EXAMPLE}.`;
    }
  }
  return undefined;
}

/** The proxy for `url` under `config`, or undefined to go direct. */
export function proxyFor(url: URL, config: ProxyConfig): string | undefined {
  if (!config.proxyUrl) return undefined;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.toLowerCase();
  const bypass = entries(config.noProxy ?? '').some((entry) => {
    if (entry === '*') return true;
    const [pattern = '', entryPort] = entry.toLowerCase().split(/:(?=\d+$)/);
    if (entryPort && entryPort !== port) return false;
    const domain = pattern.replace(/^\*?\./, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
  return bypass ? undefined : config.proxyUrl;
}
