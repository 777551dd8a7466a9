/**
 * TEST ONLY. Walks the emulator's authorize pages over plain HTTPS as a person's browser would
 * (sign in, accept or cancel the consent page) and returns where the authority sent the answer:
 * a redirect URL (`response_mode=query`) or the fields of a `form_post` page.
 */
import { HttpsClient } from '../net/https-request';

export type AuthorizeAnswer =
  | { kind: 'redirect'; location: string }
  | { kind: 'form_post'; action: string; fields: Record<string, string> }
  /** The authority stopped on a page with nothing to answer (an error page): its visible text. */
  | { kind: 'page'; text: string };

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<');

/** Roughly what a browser shows of a page: its text, one line per block. */
const visibleText = (html: string) =>
  unescape(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<\/(p|h1|h2|div|li|title)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );

const attr = (html: string, pattern: RegExp) => {
  const value = pattern.exec(html)?.[1];
  return value === undefined ? undefined : unescape(value);
};

function formPostOf(html: string): AuthorizeAnswer | undefined {
  if (!html.includes('id="auth-response"')) return undefined;
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[unescape(m[1]!)] = unescape(m[2]!);
  }
  return { kind: 'form_post', action: attr(html, /<form method="post" action="([^"]+)"/)!, fields };
}

export async function answerAuthorizePages(
  authorizeUrl: string,
  caPem: string,
  user: { upn: string; password: string },
  answer: 'accept' | 'cancel' = 'accept',
): Promise<AuthorizeAnswer> {
  const http = new HttpsClient({ caPem });
  const origin = new URL(authorizeUrl).origin;
  try {
    let page = await http.send({ method: 'GET', url: authorizeUrl });
    for (let step = 0; step < 5; step++) {
      const location = page.headers.location;
      if (page.status >= 300 && page.status < 400 && location) {
        return { kind: 'redirect', location: String(location) };
      }
      const posted = formPostOf(page.text);
      if (posted) return posted;
      const action = attr(page.text, /<form method="post" action="([^"]+)"/);
      const flow = attr(page.text, /name="flow" value="([^"]+)"/);
      if (!action || !flow) return { kind: 'page', text: visibleText(page.text) };
      const fields: Record<string, string> = page.text.includes('name="password"')
        ? { flow, email: user.upn, password: user.password }
        : { flow, action: answer };
      page = await http.send({
        method: 'POST',
        url: new URL(action, origin).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    }
    throw new Error('The authorize pages did not finish');
  } finally {
    http.close();
  }
}
