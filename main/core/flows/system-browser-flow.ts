/**
 * Sign-in in the person's own browser: MSAL's `acquireTokenInteractive` listens on a loopback
 * port (`form_post`), the shell opens the authorize URL, and the browser shows a page telling
 * the person to go back to the app. Cancel and timeout answer MSAL's loopback server with
 * `access_denied`, so MSAL settles and closes its port instead of listening forever; the flow
 * ends only once it has (so the app's quit, which waits for the flows, leaves no port open).
 *
 * The authorize URL is built from the authority metadata MSAL is given (from the cloud catalog,
 * msal/authority-metadata.ts): it is still opened only on the authority's own https host (see
 * browser-url-policy.ts), so a wrong catalog entry cannot open another. A refused URL makes
 * MSAL's `openBrowser` throw, which ends the sign-in with that error and closes the loopback port.
 */
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { inSystemBrowser, ProblemError } from '../errors/to-problem';
import type { BrowserOpener } from '../ports';
import { mayOpenInBrowser, openInBrowser, refusedBrowserUrl } from './browser-url-policy';
import { settledWithin, type PendingSignIn } from './pending-sign-ins';
import { signedInPage, signInFailedPage } from './system-browser-pages';

export interface BrowserSignIn {
  pca: PublicClientApplication;
  scopes: string[];
  pending: PendingSignIn;
  /** The chosen cloud's authority (`cloud.authorityHost`): only its pages may be opened. */
  authority: string;
  /** The loopback port to try first (see InteractiveSignInsDeps.loopbackPort). */
  preferredPort?: number;
}

export async function signInWithSystemBrowser(
  opener: BrowserOpener,
  { pca, scopes, authority, pending, preferredPort }: BrowserSignIn,
): Promise<AuthenticationResult> {
  let authorizeUrl: URL | undefined;
  const release = () => authorizeUrl && void releaseLoopback(authorizeUrl);
  pending.signal.addEventListener('abort', release, { once: true });
  const signIn = pca.acquireTokenInteractive({
    scopes,
    prompt: 'select_account',
    ...(preferredPort ? { preferredPort } : {}),
    successTemplate: signedInPage,
    errorTemplate: signInFailedPage,
    openBrowser: async (url) => {
      // Judged before anything uses it: on a cancel, releaseLoopback posts to its redirect_uri.
      if (!mayOpenInBrowser(url, authority, 'sign-in')) throw refusedBrowserUrl(url, 'sign-in');
      authorizeUrl = new URL(url);
      if (pending.signal.aborted) return release();
      await openInBrowser(opener, url, authority, 'sign-in');
    },
  });
  signIn.catch(() => undefined); // after a cancel, MSAL's own rejection is expected
  try {
    return await Promise.race([signIn, pending.stopped]);
  } catch (error) {
    throw isLoopbackFailure(error) ? new ProblemError(loopbackUnavailable) : inSystemBrowser(error);
  } finally {
    pending.signal.removeEventListener('abort', release);
    // Stopped: MSAL settles once it has closed its loopback server; the flow ends after that.
    if (pending.signal.aborted) await settledWithin(signIn);
  }
}

/** Posts `access_denied` to MSAL's loopback redirect URI, as the authority would on "cancel". */
async function releaseLoopback(authorizeUrl: URL): Promise<void> {
  const redirectUri = authorizeUrl.searchParams.get('redirect_uri');
  const state = authorizeUrl.searchParams.get('state');
  if (!redirectUri || !state || new URL(redirectUri).hostname !== 'localhost') return;
  const loopback = new URL(redirectUri);
  loopback.hostname = '127.0.0.1'; // where MSAL listens
  await fetch(loopback, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      error: 'access_denied',
      error_description: 'Cancelled in M365 Desk',
      state,
    }),
  }).catch(() => undefined);
}

/**
 * MSAL's loopback server did not start: its listen failed (a port that cannot be bound), and
 * MSAL, which keeps that error to itself, gave up waiting for the server after 5 seconds.
 */
const isLoopbackFailure = (error: unknown) =>
  (error as { errorCode?: string } | null)?.errorCode === 'loopback_server_timeout';

export const loopbackUnavailable: Problem = {
  code: 'loopback_unavailable',
  message:
    'M365 Desk could not open a local port for the browser to send the sign-in back to, so the browser was not opened.',
  hint: 'Try again; if it keeps failing, something on this computer blocks local ports: sign in with a device code or in the sign-in window instead. Nothing was changed.',
};
