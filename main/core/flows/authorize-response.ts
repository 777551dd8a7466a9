/**
 * Reads the authorization response that arrived at a redirect URI: the code, or the error the
 * authority sent (as an error MSAL's own error mapping understands), after checking `state`.
 */
import { ProblemError } from '../errors/to-problem';

export interface AuthorizationCode {
  code: string;
  clientInfo?: string;
}

export function readAuthorizeResponse(
  redirectedTo: string,
  expectedState: string,
): AuthorizationCode {
  const url = new URL(redirectedTo);
  // response_mode=query puts it in the query; a fragment answer is read the same way.
  const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
  if (params.get('state') !== expectedState) {
    throw new ProblemError({
      code: 'state_mismatch',
      message: 'The sign-in answer did not belong to this sign-in, so it was ignored.',
      hint: 'Start the sign-in again.',
    });
  }
  const error = params.get('error');
  if (error) {
    // Shaped like MSAL's ServerError so one error table explains it (AADSTS codes included).
    throw Object.assign(new Error(params.get('error_description') ?? error), {
      errorCode: error,
      errorMessage: params.get('error_description') ?? '',
      subError: params.get('suberror') ?? '',
    });
  }
  const code = params.get('code');
  if (!code) {
    throw new ProblemError({
      code: 'no_authorization_code',
      message: 'The sign-in page finished without an authorization code.',
    });
  }
  const clientInfo = params.get('client_info');
  return { code, ...(clientInfo ? { clientInfo } : {}) };
}
