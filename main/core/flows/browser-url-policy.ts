/**
 * The one check on every address M365 Desk hands to the person's browser (`shell.openExternal`
 * in the app): MSAL's authorize URL for the system browser sign-in, and the device code's
 * verification page. Neither comes from the renderer: the first from the authority metadata
 * MSAL is given (the cloud catalog), the second from the network (the device code answer), so
 * a wrong cloud setting or a tampered answer must not turn into the OS opening `file:`,
 * `javascript:` or a lookalike sign-in page.
 */
import { ProblemError } from '../errors/to-problem';
import type { BrowserOpener } from '../ports';

/** What the address is for: the sign-in itself, or the page where a device code is entered. */
export type BrowserPage = 'sign-in' | 'device-login';

/**
 * Where each cloud's token service sends people to enter a device code, by the cloud's
 * authority host (GCC shares the worldwide authority, DoD shares GCC High's). Worldwide:
 * `https://microsoft.com/devicelogin`, newer answers `https://login.microsoft.com/device`;
 * US Government: `https://microsoft.com/deviceloginus`; China: `https://microsoft.com/
 * deviceloginchina`, and `login.partner.microsoftonline.cn/device` or
 * `login.microsoftonline.cn/device`, both seen in answers. The sandbox, like every authority,
 * may also use its own host (it answers `{origin}/devicelogin`).
 */
const deviceLoginHosts: Readonly<Record<string, readonly string[]>> = {
  'login.microsoftonline.com': ['microsoft.com', 'login.microsoft.com'],
  'login.microsoftonline.us': ['microsoft.com'],
  'login.chinacloudapi.cn': [
    'microsoft.com',
    'login.partner.microsoftonline.cn',
    'login.microsoftonline.cn',
  ],
};

/**
 * Printable ASCII only. The URL parser quietly drops tabs and newlines, trims spaces and reads
 * `\` as `/`; whatever the OS hands the address to next may read it differently, so an address
 * that needs any of that is refused rather than repaired. MSAL and Entra send plain ASCII.
 */
const plain = /^[\x21-\x5b\x5d-\x7e]+$/;

/**
 * Whether `url` may be opened in the system browser for a flow against `authority`: `https:`
 * only, no user name or password, and a host (with port) exactly the authority's, or for
 * `device-login` one of that cloud's device-login hosts on the default port. Hosts are compared
 * as the WHATWG URL parser writes them (lower case, IDN as punycode), and the address must
 * spell its origin that way itself, so lookalikes, `user@host` tricks, encoded hosts, trailing
 * dots and other ports do not match.
 *
 * @param authority the authority MSAL was configured with, e.g.
 *   `https://login.microsoftonline.com/contoso.onmicrosoft.com`.
 */
export function mayOpenInBrowser(url: string, authority: string, page: BrowserPage): boolean {
  if (!plain.test(url)) return false;
  let target: URL;
  let home: URL;
  try {
    target = new URL(url);
    home = new URL(authority);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' || home.protocol !== 'https:') return false;
  if (target.username !== '' || target.password !== '') return false;
  // It must say plainly where it goes: the origin as written, not one the parser reaches by
  // decoding (`%2E`, a decimal IP) or by dropping a written-out port.
  const rest = url.slice(target.origin.length);
  if (url.slice(0, target.origin.length).toLowerCase() !== target.origin) return false;
  if (!/^(?:[/?#]|$)/.test(rest)) return false;
  if (target.host === home.host) return true;
  return (
    page === 'device-login' &&
    target.port === '' &&
    (deviceLoginHosts[home.host] ?? []).includes(target.hostname)
  );
}

/** The ProblemError that ends a flow whose address was refused (nothing has been opened). */
export function refusedBrowserUrl(url: string, page: BrowserPage): ProblemError {
  let host = '';
  try {
    host = plain.test(url) ? new URL(url).host : '';
  } catch {
    // not a URL at all: say nothing about it
  }
  const what = page === 'sign-in' ? 'sign-in page' : 'device code page';
  return new ProblemError({
    code: 'untrusted_browser_url',
    message: `M365 Desk did not open the ${what}${host ? ` on ${host}` : ''}: it is not an https page of the chosen cloud’s sign-in service.`,
    hint: 'Nothing was opened. Check the cloud you chose; if it is right, something on the network may be changing the sign-in service’s answers.',
  });
}

/**
 * Opens `url` in the system browser if {@link mayOpenInBrowser} allows it, handing over the
 * address as the parser that judged it writes it. The only way M365 Desk's flows call
 * {@link BrowserOpener.open}.
 *
 * @throws ProblemError `untrusted_browser_url` when refused; the opener is not called.
 */
export async function openInBrowser(
  opener: BrowserOpener,
  url: string,
  authority: string,
  page: BrowserPage,
): Promise<void> {
  if (!mayOpenInBrowser(url, authority, page)) throw refusedBrowserUrl(url, page);
  await opener.open(new URL(url).href);
}
