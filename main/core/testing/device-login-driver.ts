/**
 * TEST ONLY. Walks the emulator's device login pages over plain HTTPS, as a person's browser
 * would (enter the code, sign in, then accept or cancel), for tests that need the real pages
 * without a browser.
 */
import { HttpsClient } from '../net/https-request';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

function nextStep(html: string): { action: string; flow: string } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const flow = /name="flow" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !flow) throw new Error(`Unexpected device login page: ${html.slice(0, 300)}`);
  return { action: action.replace(/&amp;/g, '&'), flow };
}

export async function answerDeviceLogin(
  origin: string,
  caPem: string,
  code: string,
  user: { upn: string; password: string },
  answer: 'accept' | 'cancel',
): Promise<string> {
  const http = new HttpsClient({ caPem });
  const post = async (path: string, fields: Record<string, string>) =>
    (
      await http.send({
        method: 'POST',
        url: `${origin}${path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form(fields),
      })
    ).text;
  try {
    const signIn = nextStep(await post('/devicelogin', { code }));
    const consent = nextStep(
      await post(signIn.action, { flow: signIn.flow, email: user.upn, password: user.password }),
    );
    return await post(consent.action, { flow: consent.flow, action: answer });
  } finally {
    http.close();
  }
}
