/**
 * Which proxy a request goes through: the app's own setting first, then HTTPS_PROXY (and
 * NO_PROXY) from the environment, as admins behind corporate proxies expect. The same answer
 * serves MSAL, the probes and the sign-in window.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../ports';

export interface ProxyConfig {
  proxyUrl?: string;
  /** Comma-separated hosts, `.suffix` domains, `host:port`, or `*` for "never". */
  noProxy?: string;
  source: 'setting' | 'environment' | 'none';
}

const SETTING_KEY = 'proxy';
const ProxySetting = z.object({ proxyUrl: z.string(), noProxy: z.string().optional() });

/** Checks a proxy URL a person typed; returns the reason it is unusable, if it is. */
export function proxyUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a valid URL. Proxies look like http://proxy.contoso.com:8080.`;
  }
  if (!value.includes('://')) {
    return `"${value}" has no scheme. Write it as http://${value}.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Only http:// and https:// proxies are supported, not ${url.protocol}//.`;
  }
  return undefined;
}

export class ProxySettings {
  constructor(
    private readonly store: KeyValueStore,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  current(): ProxyConfig {
    const setting = ProxySetting.safeParse(this.store.get(SETTING_KEY));
    if (setting.success && setting.data.proxyUrl) {
      return {
        proxyUrl: setting.data.proxyUrl,
        noProxy: setting.data.noProxy ?? '',
        source: 'setting',
      };
    }
    const fromEnv = this.env.HTTPS_PROXY ?? this.env.https_proxy;
    if (fromEnv)
      return {
        proxyUrl: fromEnv,
        noProxy: this.env.NO_PROXY ?? this.env.no_proxy ?? '',
        source: 'environment',
      };
    return { source: 'none' };
  }

  /** An empty URL clears the setting (the environment applies again). */
  set(proxyUrl: string, noProxy = ''): ProxyConfig {
    if (proxyUrl) this.store.set(SETTING_KEY, { proxyUrl, noProxy });
    else this.store.delete(SETTING_KEY);
    return this.current();
  }
}

/** The proxy for `url` under `config`, or undefined to go direct. */
export function proxyFor(url: URL, config: ProxyConfig): string | undefined {
  if (!config.proxyUrl) return undefined;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.toLowerCase();
  const bypass = (config.noProxy ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [pattern = '', entryPort] = entry.toLowerCase().split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      const domain = pattern.replace(/^\*?\./, '');
      return host === domain || host.endsWith(`.${domain}`);
    });
  return bypass ? undefined : config.proxyUrl;
}
