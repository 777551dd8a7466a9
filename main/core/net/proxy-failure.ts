/**
 * A request that failed at the proxy, not at Microsoft 365: nothing answered at the proxy's
 * address, or the proxy answered 407. Said as a proxy problem (proxy-problems.ts), so nobody is
 * sent to sign in again for what a proxy setting would fix.
 *
 * An MSAL `AuthError`: MSAL passes an `AuthError` from its network module on as it is, and
 * turns anything else into `network_error` with only a link to its docs.
 */
import { AuthError } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { proxyAuthRequired, proxyUnreachable, type ProxySource } from './proxy-problems';
import { redactProxyUrl, splitProxyUrl } from './proxy-url';

export class ProxyFailure extends AuthError {
  constructor(readonly problem: Problem) {
    super(problem.code, '', problem.message);
    Object.setPrototypeOf(this, ProxyFailure.prototype); // AuthError resets it to its own
    this.name = 'ProxyFailure';
  }
}

/** Socket errors of reaching a host: through a proxy, the host reached is the proxy. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
]);

/**
 * What a request sent through `proxyUrl` ran into: a {@link ProxyFailure} when the proxy could
 * not be reached, otherwise the error as it was.
 */
export function atTheProxy(error: unknown, proxyUrl: string, source: ProxySource): unknown {
  const code = (error as { code?: string } | null)?.code;
  return code && UNREACHABLE.has(code)
    ? new ProxyFailure(proxyUnreachable(redactProxyUrl(proxyUrl), source))
    : error;
}

/**
 * The proxy's 407: over an HTTPS tunnel only the proxy can send it (the proxy agent hands its
 * answer to the CONNECT back as the response).
 */
export function proxyRefusedAuth(proxyUrl: string, source: ProxySource): ProxyFailure {
  const sentPassword = splitProxyUrl(proxyUrl).password !== undefined;
  return new ProxyFailure(proxyAuthRequired(redactProxyUrl(proxyUrl), source, sentPassword));
}
