/**
 * What a URL parser would quietly rewrite in a SharePoint URL, refused on the text as typed.
 * WHATWG's parser drops tabs and line breaks anywhere, reads `\` as `/`, decodes `%2e` and maps
 * `。` (U+3002) or full-width letters to plain ones, and turns `0x7f.1` or `2130706433` into an
 * IPv4 address: the host it checks would then not be the host the person pasted, and another
 * tool reading the same text could go somewhere else. So the typed authority must already be
 * plain: letters, digits, dots and hyphens, with no user info, port or trailing dot.
 */
import { firstControlCharacter } from '../control-characters';
import type { Problem } from '../../../preload/contract';

type Refusal = Pick<Problem, 'message' | 'hint'>;

const HOST_CHARACTER = /[a-z0-9.-]/i;

/** The character as a person can find it: itself and its code point. */
function named(character: string): string {
  if (character === ' ') return 'a space';
  const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `"${character}" (U+${code})`;
}

/**
 * The first thing in `text` (trimmed) that a parser would rewrite, or undefined.
 * `example` is the cloud's root site URL, offered as what to type instead.
 */
export function typedUrlProblem(text: string, example: string): Refusal | undefined {
  if (firstControlCharacter(text)) {
    return {
      message: 'The URL contains a tab, a line break or another invisible character.',
      hint: `Type it again on one line, for example ${example}.`,
    };
  }
  if (text.includes('\\')) {
    return {
      message: 'The URL contains a backslash (\\).',
      hint: `Use forward slashes, for example ${example}/sites/hr.`,
    };
  }
  const scheme = text.indexOf('://');
  if (scheme < 0) return undefined; // the caller asks for https:// first
  const start = scheme + 3;
  const end = text.slice(start).search(/[/?#]/);
  const authority = end < 0 ? text.slice(start) : text.slice(start, start + end);
  if (authority.includes('@')) {
    return {
      message: 'The URL must not contain a user name or password.',
      hint: `Type only the address, for example ${example}. You sign in after.`,
    };
  }
  return hostProblem(authority, example);
}

function hostProblem(authority: string, example: string): Refusal | undefined {
  if (authority.startsWith('[')) return ipAddress(authority.replace(/\](:.*)?$/, ']'), example);
  const colon = authority.lastIndexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  if (host.includes('%')) {
    const encoded = /%[0-9a-f]{2}/i.exec(host)?.[0] ?? '%';
    return {
      message: `The host name contains a percent-encoded character (${encoded}).`,
      hint: `Type the host with plain letters, digits, dots and hyphens, for example ${example}.`,
    };
  }
  const odd = [...host].find((character) => !HOST_CHARACTER.test(character));
  if (odd) {
    return {
      message: `The host name contains ${named(odd)}, which is not a plain letter, digit, dot or hyphen.`,
      hint: `It may be a lookalike address. Type the URL yourself, for example ${example}.`,
    };
  }
  // `10.0.0.1`, but also `0x7f.1` or `2130706433`, which parsers read as IPv4 too.
  if (/^(0x[0-9a-f]*|\d+)(\.(0x[0-9a-f]*|\d+)){0,3}\.?$/i.test(host)) {
    return ipAddress(host, example);
  }
  if (host.endsWith('.')) {
    return {
      message: `"${host}" ends with a dot.`,
      hint: `Remove the final dot: https://${host.replace(/\.+$/, '').toLowerCase()}`,
    };
  }
  if (colon >= 0) {
    return {
      message: `SharePoint Online does not use a port number (${authority.slice(colon)}).`,
      hint: `Remove it: https://${host.toLowerCase()}`,
    };
  }
  return undefined;
}

const ipAddress = (host: string, example: string): Refusal => ({
  message: `"${host}" is an IP address; SharePoint Online is reached by its name.`,
  hint: `Use your tenant's SharePoint address, for example ${example}.`,
});
