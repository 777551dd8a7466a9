import type { RequestContext } from '../http/router.js';
import { sendText } from '../http/responses.js';
import { STYLESHEET_PATH } from './stylesheet.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Strict CSP for the sign-in pages: no scripts at all, styles only from our own sheet,
 * forms may only post back to us, and no framing (clickjacking of the consent page).
 */
export const SIGN_IN_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Sends a sign-in page under {@link SIGN_IN_PAGE_HEADERS}. */
export function sendPage(http: RequestContext, html: string, status = 200): void {
  sendText(http.res, status, 'text/html; charset=utf-8', html, SIGN_IN_PAGE_HEADERS);
}

/** Wraps page content in the centered white card used by every sign-in page. */
export function renderPage(title: string, cardHtml: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main class="card">
<div class="brand"><span class="logo" aria-hidden="true"></span>Microsoft (sandbox emulator)</div>
${cardHtml}
</main>
<footer>Offline sandbox: no real Microsoft account is used.</footer>
</body>
</html>
`;
}
