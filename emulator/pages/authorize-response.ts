import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../http/router.js';
import { sendText } from '../http/responses.js';
import type { AuthorizeFailure } from '../control/sign-in-failure-control.js';
import type { AadstsDefinition } from '../identity/aadsts-codes.js';
import { AadstsError, aadstsCodes, type AadstsCode } from '../identity/aadsts-errors.js';
import { escapeHtml, renderPage, sendPage, SIGN_IN_PAGE_HEADERS } from './page-layout.js';
import { conditionalAccessPage, messagePage } from './page-templates.js';

/** Where and how the authorize and admin consent pages return their result to the client. */
export interface AuthorizeReturn {
  redirectUri: string;
  responseMode: 'query' | 'form_post';
}

/**
 * Sends the result (`code`/`state`, admin consent's `admin_consent`/`tenant`/`scope`, or
 * `error`/`error_description`) to the client: a 302 with the values in the query, or for
 * `form_post` a page that POSTs them to the redirect URI.
 */
export function sendAuthorizeResult(
  http: RequestContext,
  target: AuthorizeReturn,
  values: Record<string, string>,
): void {
  if (target.responseMode === 'query') {
    const location = new URL(target.redirectUri);
    for (const [name, value] of Object.entries(values)) location.searchParams.set(name, value);
    http.res.writeHead(302, { location: location.toString(), 'cache-control': 'no-store' });
    http.res.end();
    return;
  }
  sendFormPost(http, target.redirectUri, values);
}

/**
 * A refusal once the person signed in (`failAuthorize`), as Entra answers it: back to the
 * client with `error` (the authorize endpoint's own word where it has one, e.g. `access_denied`
 * for an account not assigned), the `error_description` with its trace lines, `error_uri` (whose
 * `code=` MSAL reads as the AADSTS number) and `state`; or Entra's own page: the same line, or
 * for Conditional Access its "You can't get there from here", the code in its details.
 */
export function refuseOnPage(
  http: RequestContext,
  request: AuthorizeReturn & { state?: string },
  { code, how }: AuthorizeFailure,
  names: Record<string, string>,
): void {
  const refusal = new AadstsError(code as AadstsCode, names);
  const body = refusal.toBody(http.site.authority);
  const def: AadstsDefinition = aadstsCodes[code as AadstsCode];
  if (how === 'page') {
    const page = def.conditionalAccess
      ? conditionalAccessPage(code, names.appName ?? '', body.correlation_id)
      : messagePage('Sign in', refusal.message);
    return sendPage(http, page, 400);
  }
  sendAuthorizeResult(http, request, {
    error: def.authorizeError ?? body.error,
    error_description: body.error_description,
    error_uri: body.error_uri,
    ...(request.state ? { state: request.state } : {}),
  });
}

/**
 * The form_post answer. The page stays under a strict CSP: the only script is an inline one
 * carrying a per-response nonce, forms may post only to the redirect URI's origin, and a
 * visible Continue button does the same job where scripts are off.
 */
function sendFormPost(http: RequestContext, redirectUri: string, values: Record<string, string>) {
  const nonce = randomBytes(16).toString('base64');
  const inputs = Object.entries(values)
    .map(([n, v]) => `<input type="hidden" name="${escapeHtml(n)}" value="${escapeHtml(v)}">`)
    .join('\n');
  const html = renderPage(
    'Continue',
    `<h1>Continue</h1>
<p>Returning you to the application.</p>
<form method="post" action="${escapeHtml(redirectUri)}" id="auth-response">
${inputs}
<div class="actions"><button type="submit">Continue</button></div>
</form>
<script nonce="${nonce}">document.getElementById('auth-response').submit();</script>`,
  );
  const csp = SIGN_IN_PAGE_HEADERS['content-security-policy'] ?? '';
  sendText(http.res, 200, 'text/html; charset=utf-8', html, {
    ...SIGN_IN_PAGE_HEADERS,
    'content-security-policy': `${csp.replace("form-action 'self'", `form-action ${new URL(redirectUri).origin}`)}; script-src 'nonce-${nonce}'`,
  });
}
