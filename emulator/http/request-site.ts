import type { IncomingMessage } from 'node:http';

/**
 * A Microsoft host name the sandbox answers for, and where its routes live in the emulator:
 * `graph.microsoft.com/v1.0/me` is the emulator's `/graph/v1.0/me`. The identity platform's
 * host has the empty prefix.
 */
export interface HostRoute {
  host: string;
  prefix: string;
}

/** Where a request arrived, as the client sees it; every URL in an answer is built from it. */
export interface RequestSite {
  /** `https://graph.microsoft.com`, `https://127.0.0.1:8443`, or a reverse proxy's host. */
  origin: string;
  /** The identity platform's origin as seen from here (`https://login.microsoftonline.com`). */
  authority: string;
  /** True when reached under one of Microsoft's host names (through the sandbox proxy). */
  microsoftHost: boolean;
  /** The URL a client reaching `origin` uses for an emulator path such as `/graph/v1.0/users`. */
  publicUrl(internalPath: string): string;
}

/** What {@link resolveRequestSite} knows besides the request. */
export interface SiteOptions {
  /** The emulator's own origin, `https://127.0.0.1:PORT`: used for a missing or odd Host. */
  ownOrigin: string;
  hostRoutes: readonly HostRoute[];
  /** Believe `X-Forwarded-Host` / `Forwarded: host=` (the emulator sits behind a proxy it trusts). */
  trustProxyHeaders: boolean;
}

/** The site of a request and its path inside the emulator; `served` is false for a path the host does not have. */
export interface ResolvedRequest {
  site: RequestSite;
  internalPath: string;
  served: boolean;
}

// A host name or IPv4/IPv6 literal with an optional port; anything else is ignored.
const HOST_PATTERN = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** Decides which host a request reached and maps its path onto the emulator's routes. */
export function resolveRequestSite(
  req: IncomingMessage,
  path: string,
  options: SiteOptions,
): ResolvedRequest {
  const host = requestHost(req, options);
  const route = options.hostRoutes.find((r) => r.host === host.replace(/:443$/, ''));
  if (!route) {
    const origin = host ? `https://${host}` : options.ownOrigin;
    const site = {
      origin,
      authority: origin,
      microsoftHost: false,
      publicUrl: (p: string) => `${origin}${p}`,
    };
    return { site, internalPath: path, served: true };
  }
  const identity = options.hostRoutes.find((r) => r.prefix === '');
  const authority = `https://${identity?.host ?? route.host}`;
  const site: RequestSite = {
    origin: `https://${route.host}`,
    authority,
    microsoftHost: true,
    publicUrl: (p) => microsoftUrl(p, route, options.hostRoutes, authority),
  };
  // The identity host serves only identity paths, not another host's under its prefix.
  const served =
    route.prefix !== '' || !options.hostRoutes.some((r) => r.prefix && within(path, r.prefix));
  return { site, internalPath: `${route.prefix}${path}`, served };
}

/** The host the client reached: a trusted proxy's word, else the Host header, else our own. */
function requestHost(req: IncomingMessage, options: SiteOptions): string {
  const candidates = [
    ...(options.trustProxyHeaders ? [forwardedHost(req)] : []),
    header(req, 'host'),
  ];
  for (const candidate of candidates) {
    const host = candidate?.trim().toLowerCase();
    if (host && HOST_PATTERN.test(host)) return host;
  }
  return new URL(options.ownOrigin).host;
}

function forwardedHost(req: IncomingMessage): string | undefined {
  const xfh = header(req, 'x-forwarded-host')?.split(',')[0];
  if (xfh) return xfh;
  // RFC 7239: the first element's `host=` parameter, possibly quoted.
  const first = header(req, 'forwarded')?.split(',')[0] ?? '';
  const match = /(?:^|;)\s*host=("?)([^";]+)\1/i.exec(first);
  return match?.[2];
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/** An emulator path under the Microsoft host that serves it (this request's host first). */
function microsoftUrl(
  path: string,
  here: HostRoute,
  routes: readonly HostRoute[],
  authority: string,
): string {
  const owners = routes.filter((r) => r.prefix && within(path, r.prefix));
  const longest = Math.max(0, ...owners.map((r) => r.prefix.length));
  const best = owners.filter((r) => r.prefix.length === longest);
  const owner = best.find((r) => r.host === here.host) ?? best[0];
  if (!owner) return `${authority}${path}`;
  const rest = path.slice(owner.prefix.length);
  return `https://${owner.host}${rest.startsWith('/') || rest === '' ? rest : `/${rest}`}`;
}
