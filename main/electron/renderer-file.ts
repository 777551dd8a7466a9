/**
 * Finds the file of the built renderer that an `app://desk/` path names, or says why there is
 * none. The path comes from whatever page asks, so it is judged segment by segment before it
 * touches the disk, and the file found is judged again by its real path (after every symlink)
 * against the real renderer folder: a link inside the folder may not lead out of it.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export type RendererFile =
  { found: true; path: string; size: number } | { found: false; status: 400 | 404 };

const MALFORMED = { found: false, status: 400 } as const;
const NOT_FOUND = { found: false, status: 404 } as const;

/**
 * What a decoded segment may not contain: a separator (`%2f`, `%5c`), NUL (which ends a path in
 * C), or `:` (a Windows drive, `C:`, or an NTFS stream, `index.html:stream`).
 */
const NOT_IN_A_NAME = /[/\\\0:]/;

/**
 * The file names of `pathname`, each percent-decoded once (so `%252e` stays the name `%2e`).
 * The URL parser has already resolved `.` and `..` in their raw and encoded forms; a `.` or
 * `..` that is still here was smuggled in some other way.
 */
function namesIn(pathname: string): string[] | typeof MALFORMED | typeof NOT_FOUND {
  if (pathname === '' || pathname === '/') return ['index.html'];
  const names: string[] = [];
  for (const segment of pathname.slice(1).split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return MALFORMED; // a lone `%`, `%zz`, or bytes that are not UTF-8
    }
    if (NOT_IN_A_NAME.test(name) || name === '.' || name === '..') return MALFORMED;
    names.push(name);
  }
  // `//` or a trailing `/` names a folder, and folders are never served (no listings).
  return names.includes('') ? NOT_FOUND : names;
}

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  // Outside, `relative` starts with `..` (or is absolute: another drive on Windows). A name
  // that merely starts with dots, `..notes.txt`, is inside.
  return rest !== '' && !isAbsolute(rest) && rest.split(sep)[0] !== '..';
}

/** The regular file inside `rendererDir` that `pathname` (a URL's, still encoded) names. */
export async function findRendererFile(
  rendererDir: string,
  pathname: string,
): Promise<RendererFile> {
  const names = namesIn(pathname);
  if (!Array.isArray(names)) return names;
  try {
    const folder = await realpath(rendererDir);
    const path = await realpath(join(folder, ...names));
    if (!isInside(folder, path)) return NOT_FOUND;
    const info = await stat(path);
    // Not a folder, and not a FIFO or a device, which would block the reader or never end.
    if (!info.isFile()) return NOT_FOUND;
    return { found: true, path, size: info.size };
  } catch {
    // Missing, a name too long, a link loop, unreadable: for the page, there is no such file.
    return NOT_FOUND;
  }
}
