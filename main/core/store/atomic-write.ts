/**
 * Replaces a file at once: the text goes to a temporary file beside it, flushed to the disk,
 * then renamed over it, so a crash or a full disk leaves the old file or the new one, never
 * half of one. As conf (through `atomically`) does for the settings file, a rename that
 * Windows refuses for a moment (an antivirus or the indexer holding the file) is tried again.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Windows' transient refusals, and how long they are waited out. */
const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RETRY_FOR_MS = 1000;
const RETRY_EVERY_MS = 20;

/** Replaces a file with `text`, created with `mode` (the secrets folder's port to the disk). */
export type FileWriter = (path: string, text: string, mode: number) => void;

/** Writes `text` to `path` atomically, the file created with `mode`. */
export function writeFileAtomically(path: string, text: string, mode: number): void {
  // Its name ends in `.tmp`, so the folder's listing never takes it for a secret's file.
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', mode);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameRetrying(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Renames, waiting out the refusals Windows gives while another program holds the file. */
export function renameRetrying(from: string, to: string): void {
  const giveUpAt = Date.now() + RETRY_FOR_MS;
  for (;;) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const transient = process.platform === 'win32' && TRANSIENT.has(code);
      if (!transient || Date.now() >= giveUpAt) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_EVERY_MS);
    }
  }
}
