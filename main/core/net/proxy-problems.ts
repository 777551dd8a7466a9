/**
 * What the person is told about the proxy's password, each with the one thing to do. URLs in
 * these messages are always shown without their password.
 */
import type { Problem } from '../../../preload/contract';
import { PASSWORD_MARK, redactProxyUrl } from './proxy-url';

const typeItAgain = 'Type the proxy URL with its password again in Status bar → Proxy.';
const orOptIn =
  'To keep it across restarts anyway (less safe), first choose "Keep sign-ins anyway…" beside Token storage in the status bar: it keeps the proxy password too.';

/** The setting has a password this session does not know; requests go to the proxy without it. */
export function proxyPasswordNeeded(displayUrl: string, why: 'session' | 'unreadable'): Problem {
  const reason =
    why === 'session'
      ? 'It was kept for the last session only, because this computer has no secure keystore.'
      : 'Its encrypted copy can no longer be read (the keystore changed, or the copy is damaged).';
  return {
    code: 'proxy_password_needed',
    message: `The proxy ${displayUrl} needs its password again. ${reason} Until then the app asks the proxy without a password, and it may refuse.`,
    hint: why === 'session' ? `${typeItAgain} ${orOptIn}` : typeItAgain,
  };
}

/** The password is known now but will not survive a restart, and the person did not choose so. */
export function proxyPasswordSessionOnly(
  displayUrl: string,
  why: 'upgraded' | 'encrypt-failed',
): Problem {
  const reason =
    why === 'upgraded'
      ? 'An earlier version kept it in the settings file in plain text; it has been taken out of the file and, because this computer has no secure keystore, is kept for this session only.'
      : 'It could not be encrypted, so it is kept for this session only.';
  return {
    code: 'proxy_password_session_only',
    message: `The password of the proxy ${displayUrl}: ${reason}`,
    hint: `After a restart: ${typeItAgain}${why === 'upgraded' ? ` ${orOptIn}` : ''}`,
  };
}

/**
 * `•••` typed where there is no saved password for that proxy to keep: none at all, or one
 * saved for `savedFor`, another proxy (never sent to a proxy the person did not save it for).
 */
export function savedPasswordRefusal(typedUrl: string, savedFor?: string): Problem {
  const typed = redactProxyUrl(typedUrl);
  const message = savedFor
    ? `${PASSWORD_MARK} stands for the saved password of ${savedFor}, not of ${typed}.`
    : `${typed} has ${PASSWORD_MARK} where the password goes, and there is no saved password to keep.`;
  return {
    code: 'proxy_password_missing',
    message,
    hint: `Type the proxy's password in place of ${PASSWORD_MARK} (or remove "user:${PASSWORD_MARK}@" for a proxy without one). Nothing was changed.`,
  };
}

/** Where the proxy in use came from: the hint says where to change it. */
export type ProxySource = 'setting' | 'environment';

const kept = 'Your sign-ins are kept: Refresh once the proxy is right.';

function whereToFix(source: ProxySource, what: string): string {
  return source === 'environment'
    ? `The proxy comes from HTTPS_PROXY: ${what} in Status bar → Proxy (it wins over HTTPS_PROXY), or fix the variable and restart M365 Desk. ${kept}`
    : `${what.charAt(0).toUpperCase()}${what.slice(1)} in Status bar → Proxy. ${kept}`;
}

/** Nothing answers at the proxy's address (refused, unknown host, no route, no answer). */
export function proxyUnreachable(displayUrl: string, source: ProxySource): Problem {
  return {
    code: 'proxy_unreachable',
    message: `M365 Desk could not reach the proxy ${displayUrl}: nothing answers at that address, so no request got through to Microsoft 365.`,
    hint: whereToFix(
      source,
      'correct the proxy address, or clear it if this network has no proxy,',
    ),
  };
}

/** The proxy answered 407: it wants a user name and password, and refused what was sent. */
export function proxyAuthRequired(
  displayUrl: string,
  source: ProxySource,
  sentPassword: boolean,
): Problem {
  const what = sentPassword
    ? 'refused the password M365 Desk sent it'
    : 'asks for a user name and password, and M365 Desk has none for it';
  return {
    code: 'proxy_auth_required',
    message: `The proxy ${displayUrl} ${what}, so no request got through to Microsoft 365.`,
    hint: whereToFix(source, 'type the proxy URL as http://user:password@host:port'),
  };
}
