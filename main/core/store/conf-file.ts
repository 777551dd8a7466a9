/**
 * A {@link StoreFile} over `conf`, or over `electron-store` (its subclass, in the app): they find
 * the file, make its folder, read it, and write it atomically (a temporary file beside it,
 * renamed over it, retried on Windows' transient locks) with the mode asked for. Used as they
 * are, they read and parse the whole file on every `get` and again before every `set`; here the
 * file is read once, in their constructor, and each change is one assignment of the whole object.
 * Nothing is imported from conf: the app ships electron-store, the tests and bridge host conf.
 */
import type { StoreContent, StoreFile } from './memory-store';

/** The file names the person's tenants and accounts, or holds sealed secrets: theirs alone. */
export const OWNER_ONLY_FILE = 0o600;
/** conf's own bookkeeping key (migrations, which this app does not use). */
const CONF_INTERNAL_KEY = '__internal__';

/** What conf or electron-store is given, whichever opens the file. */
export interface ConfFileOptions {
  /** Our keys are flat; a dot in an id must not become a nested path. */
  accessPropertiesByDotNotation: false;
  /** conf's default is 0666 less the umask: readable by every account on the computer. */
  configFileMode: number;
  serialize: (content: Record<string, unknown>) => string;
  deserialize: (text: string) => Record<string, unknown>;
}

/** The part of a conf (or electron-store) instance used here. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Opens the file through `open` (conf or electron-store, given these options). */
export function confFile(open: (options: ConfFileOptions) => ConfLike): StoreFile {
  let opened: StoreContent = {};
  const conf = open({
    accessPropertiesByDotNotation: false,
    configFileMode: OWNER_ONLY_FILE,
    // The constructor reads the file through this (not at all when there is none): keep it.
    deserialize: (text) => (opened = parseObject(text)),
    // conf's own layout (tab-indented JSON), without the key added in `write`.
    serialize: ({ [CONF_INTERNAL_KEY]: _added, ...content }) =>
      JSON.stringify(content, undefined, '\t'),
  });
  return {
    path: conf.path,
    opened,
    write(content) {
      // Before each write conf reads the file again, only to carry its `__internal__` key over,
      // unless the new object has one: this one does, and `serialize` leaves it out.
      conf.store = { ...content, [CONF_INTERNAL_KEY]: {} };
    },
  };
}

/** The file's JSON object; anything else is a damaged file (open-store.ts keeps it aside). */
export function parseObject(text: string): Record<string, unknown> {
  const parsed = JSON.parse(text) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SyntaxError('The file does not hold a JSON object');
  }
  return parsed as Record<string, unknown>;
}
