/**
 * The proxy's own challenge (407) in the sign-in window: Chromium asks through the `login`
 * event. The window gets only the proxy's host and port as its proxy rules; the user name and
 * password of the app's proxy setting are given only to that proxy, when it asks (once per
 * request: Chromium keeps them for the session). Without them, or when the proxy asks again
 * (it refused them), the sign-in ends with the proxy problem the rest of the app says
 * (net/proxy-problems.ts), never "sign-in failed".
 *
 * A server (not the proxy) asking for a password is left to Electron, which cancels it: the
 * authority never signs in that way, and the proxy's password is not for it.
 */
import type { WebContents } from 'electron';
import { ProblemError } from '../core/errors/to-problem';
import { proxyAuthRequired } from '../core/net/proxy-problems';
import { redactProxyUrl } from '../core/net/proxy-url';
import type { SignInWindowRequest } from '../core/ports';

type LoginListener = (
  event: Electron.Event,
  details: Electron.AuthenticationResponseDetails,
  authInfo: Electron.AuthInfo,
  callback: (username?: string, password?: string) => void,
) => void;

/** Listens for `login` on the window's contents; `fail` ends the sign-in with the problem. */
export function answerProxyLogin(
  contents: Pick<WebContents, 'on'>,
  { proxy }: Pick<SignInWindowRequest, 'proxy'>,
  fail: (error: Error) => void,
): void {
  const url = proxy.proxyUrl ? new URL(proxy.proxyUrl) : undefined;
  const listener: LoginListener = (event, details, authInfo, callback) => {
    if (!authInfo.isProxy) return;
    event.preventDefault();
    const ours = url && authInfo.host === url.hostname && authInfo.port === portOf(url);
    // Chromium asks again (not its first attempt) when the proxy refused what it was given.
    const answered = Boolean(ours && url.password && !details.firstAuthAttempt);
    if (ours && url.password && details.firstAuthAttempt) {
      return callback(decodeURIComponent(url.username), decodeURIComponent(url.password));
    }
    callback(); // cancels the login: the proxy's refusal page is all the window would show
    const display =
      ours && proxy.proxyUrl
        ? redactProxyUrl(proxy.proxyUrl)
        : `http://${authInfo.host}:${authInfo.port}`;
    const problem = proxyAuthRequired(display, proxy.source ?? 'setting', answered);
    fail(new ProblemError(problem));
  };
  contents.on('login', listener);
}

const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));
