/**
 * A key-value store held in memory over one JSON file. The file is read and parsed once, when
 * the store is opened; `get` answers from memory; every change is written through at once, the
 * whole file replaced atomically (see conf-file.ts). While the app runs it is the file's only
 * writer, which is what lets the copy in memory be the truth.
 */
import { readFileSync, statSync } from 'node:fs';
import type { KeyValueStore } from '../ports';
import { parseObject } from './conf-file';
import type { UnsavedChanges } from './unsaved-changes';

export type StoreContent = Readonly<Record<string, unknown>>;

/** The file behind a {@link memoryStore}. */
export interface StoreFile {
  /** Absolute path of the file. */
  readonly path: string;
  /** What the file held when it was opened (empty when there was none). */
  readonly opened: StoreContent;
  /** Replaces the whole file at once: a crash leaves either the old file or the new one. */
  write(content: StoreContent): void;
}

/**
 * With `saves`, a write the disk refuses waits there to be tried again (with the newest content
 * then) and the change stays in memory; without, it throws and changes nothing.
 */
export function memoryStore(file: StoreFile, saves?: UnsavedChanges): KeyValueStore {
  let content = deepFreeze(file.opened);
  /** The file as it was last read or written here: another size or time is someone else's. */
  let written = fileStamp(file.path);
  const write = (next: StoreContent) => {
    file.write(next);
    written = fileStamp(file.path);
  };
  const replace = (next: StoreContent) => {
    if (!saves) {
      write(next);
      content = next; // only once it is on disk: a write that fails changes nothing
      return;
    }
    content = next;
    saves.attempt(file.path, () => write(content));
  };
  return {
    path: file.path,
    flush() {
      // Deleted or cut short by something else while the app ran: it holds the whole store. A
      // whole file someone else wrote is theirs to keep (the next change here replaces it).
      if (fileStamp(file.path) === written || isWholeFile(file.path)) return;
      if (saves) saves.attempt(file.path, () => write(content));
      else write(content);
    },
    get: (key) => content[key],
    set: (key, value) => replace({ ...content, [key]: asStored(key, value) }),
    delete: (key) => {
      if (!Object.hasOwn(content, key)) return;
      const { [key]: _deleted, ...rest } = content;
      replace(rest);
    },
  };
}

/** Whether the file is there and holds a JSON object. */
function isWholeFile(path: string): boolean {
  try {
    parseObject(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/** The file's inode, size and modification time; none when there is no file. */
function fileStamp(path: string): string | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The value as the file gives it back (JSON: no `undefined` fields, dates as strings, nothing
 * shared with the caller), frozen: what `get` returns cannot change without a `set`.
 */
function asStored(key: string, value: unknown): unknown {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`"${key}" cannot be stored: not a JSON value`);
  return deepFreeze(JSON.parse(json) as unknown);
}

/**
 * Freezes `value` and everything in it. Loops, not `Object.values`: a store of 200 connections
 * holds thousands of objects, and opening it freezes them all.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}
