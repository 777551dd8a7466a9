/**
 * Sign-in in the app's own window: authorization code + PKCE. MSAL builds the authorize URL
 * and redeems the code; the window (a port) shows only the authority's pages and hands back
 * the redirect to the native-client URI, which it never loads.
 */
import {
  CryptoProvider,
  type AuthenticationResult,
  type PublicClientApplication,
} from '@azure/msal-node';
import { randomUUID } from 'node:crypto';
import type { ProxyConfig } from '../net/proxy-settings';
import type { CloudEndpoints } from '../cloud-catalog';
import type { SignInWindow } from '../ports';
import { ProblemError } from '../errors/to-problem';
import { problemOnAuthorityPage } from './authority-error-page';
import { readAuthorizeResponse } from './authorize-response';
import type { PendingSignIn } from './pending-sign-ins';

/** The redirect URI Entra offers every "Mobile and desktop" app registration. */
export const NATIVE_CLIENT_REDIRECT_URI =
  'https://login.microsoftonline.com/common/oauth2/nativeclient';

export interface WindowSignIn {
  pca: PublicClientApplication;
  cloud: CloudEndpoints;
  scopes: string[];
  proxy: ProxyConfig;
  pending: PendingSignIn;
}

/**
 * Shows one of the authority's pages (sign-in, admin consent) in the window and resolves with
 * the URL it redirected to at the native-client URI; rejects on close, cancel or timeout.
 */
export function showAuthorityPage(
  window: SignInWindow,
  url: string,
  { cloud, proxy, pending }: Pick<WindowSignIn, 'cloud' | 'proxy' | 'pending'>,
): Promise<string> {
  // Cancelled (or timed out) while the URL was being built: no window for a dead sign-in.
  if (pending.signal.aborted) return pending.stopped;
  return Promise.race([
    window.open({
      url,
      redirectUri: NATIVE_CLIENT_REDIRECT_URI,
      authorityOrigin: new URL(cloud.authorityHost).origin,
      ...(cloud.caPem ? { caPem: cloud.caPem } : {}),
      proxy: {
        ...(proxy.proxyUrl ? { proxyUrl: proxy.proxyUrl } : {}),
        ...(proxy.noProxy ? { noProxy: proxy.noProxy } : {}),
        ...(proxy.source !== 'none' ? { source: proxy.source } : {}),
      },
      signal: pending.signal,
      errorOnPage: (text) => {
        const problem = problemOnAuthorityPage(text);
        return problem ? new ProblemError(problem) : undefined;
      },
    }),
    pending.stopped,
  ]);
}

export async function signInWithWindow(
  window: SignInWindow,
  { pca, cloud, scopes, proxy, pending }: WindowSignIn,
): Promise<AuthenticationResult> {
  const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
  const state = randomUUID();
  const url = await pca.getAuthCodeUrl({
    scopes,
    redirectUri: NATIVE_CLIENT_REDIRECT_URI,
    responseMode: 'query',
    codeChallenge: challenge,
    codeChallengeMethod: 'S256',
    state,
    prompt: 'select_account',
  });
  const redirectedTo = await showAuthorityPage(window, url, { cloud, proxy, pending });
  const { code, clientInfo } = readAuthorizeResponse(redirectedTo, state);
  return pca.acquireTokenByCode({
    code,
    codeVerifier: verifier,
    redirectUri: NATIVE_CLIENT_REDIRECT_URI,
    scopes,
    ...(clientInfo ? { clientInfo } : {}),
  });
}
