/**
 * Where each sealed secret's file is in the secrets folder, named for the secret, so that the
 * folder's listing tells which secrets are kept (no file is read to list them), and so that the
 * secrets of one kind can be listed without the others: a name's part after its last `:` names
 * the file, and the part before (its group) names a folder of the secrets folder:
 *
 *   proxy-password                             →  proxy-password.json
 *   app-credential:<connectionId>              →  app-credential/<connectionId>.json
 *   msal-cache:sandbox:<clientId>:<uid>.<tid>  →  msal-cache_3asandbox_3a<clientId>/<uid>_2e<tid>.json
 *
 * so one app's account partitions share a folder, and the Azure CLI app's can be looked at
 * without listing every account's. Secret names hold characters no file name may (`:` on
 * Windows), and folders on Windows and macOS ignore case, so only lower-case letters, digits
 * and `-` are kept as they are; every other byte of the UTF-8 is written `_` and two lower-case
 * hex digits. Two names never share a file, whatever the file system's case rules. A part whose
 * encoding would be too long for some file systems (255 bytes) gets its beginning and a hash of
 * the whole part instead; every file holds its secret's full name, which tells the rest.
 */
import { createHash } from 'node:crypto';

export const SEALED_EXTENSION = '.json';
/** Encoded parts longer than this are shortened (well below the 255 bytes of file systems). */
const LONGEST_ENCODED = 180;
const KEPT_LONG_PREFIX = 120;

/** Each character but lower-case letters, digits and `-`. */
const ESCAPED = /[^a-z0-9-]/gu;
const ENCODED = /^(?:[a-z0-9-]|_[0-9a-f]{2})+$/;
const SHORTENED = new RegExp(`^[a-z0-9_-]{1,${KEPT_LONG_PREFIX}}~[0-9a-f]{40}$`);

const hexByte = (byte: number) => `_${byte.toString(16).padStart(2, '0')}`;

const encode = (text: string): string =>
  text.replace(ESCAPED, (char) =>
    char.length === 1 && char.charCodeAt(0) < 0x80
      ? hexByte(char.charCodeAt(0))
      : Array.from(Buffer.from(char, 'utf8'), hexByte).join(''),
  );

/** The name's group (before its last `:`; none without one) and the rest. */
export function splitName(name: string): { group: string | undefined; leaf: string } {
  const last = name.lastIndexOf(':');
  const split =
    last < 0
      ? { group: undefined, leaf: name }
      : { group: name.slice(0, last), leaf: name.slice(last + 1) };
  if (!split.leaf || split.group === '') {
    throw new TypeError(
      `"${name}" cannot name a secret: it needs a name before and after each ":"`,
    );
  }
  return split;
}

/** The file or folder name that stands for one part of a name. */
export function encodedPart(text: string): string {
  const encoded = encode(text);
  if (encoded.length <= LONGEST_ENCODED) return encoded;
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 40);
  return `${encoded.slice(0, KEPT_LONG_PREFIX)}~${hash}`;
}

/** The secret's file, relative to the secrets folder (with `/` between folder and file). */
export function sealedFilePath(name: string): string {
  const { group, leaf } = splitName(name);
  const file = `${encodedPart(leaf)}${SEALED_EXTENSION}`;
  return group === undefined ? file : `${encodedPart(group)}/${file}`;
}

/** What a file or folder name of the secrets folder stands for (the extension taken off). */
export type PartKind =
  /** One part of a secret's name, told by the file or folder name. */
  | { kind: 'named'; text: string }
  /** A part too long for a file name: the files hold the name. */
  | { kind: 'shortened' }
  /** Nothing of a secret (a temporary file, or one someone put there). */
  | { kind: 'other' };

export function partKind(encoded: string): PartKind {
  if (!ENCODED.test(encoded)) {
    return SHORTENED.test(encoded) ? { kind: 'shortened' } : { kind: 'other' };
  }
  const text = decode(encoded);
  // Only the one spelling this module writes: `_61` for `a` would be a second file of "a".
  return text !== undefined && text.length > 0 && encodedPart(text) === encoded
    ? { kind: 'named', text }
    : { kind: 'other' };
}

function decode(encoded: string): string | undefined {
  try {
    // The encoding holds no `%`: as percent-escapes, the bytes decode as URI components do.
    return decodeURIComponent(encoded.replaceAll('_', '%'));
  } catch {
    return undefined; // not UTF-8: not a name this module encoded
  }
}
