/**
 * One sealed record's file of the secrets folder (sealed-folder.ts), read: a JSON object, or
 * nothing when there is no file; anything else is a damaged file, which the vault sets aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseObject } from './conf-file';

export type SealedRecord = Readonly<Record<string, unknown>>;

/** A record's file that is not JSON, not an object, or not the named secret's. */
export class UnreadableRecordError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file} cannot be read: ${detail}`);
    this.name = 'UnreadableRecordError';
  }
}

/** The record in the file; undefined when there is no such file. */
export function readRecord(path: string): SealedRecord | undefined {
  try {
    return parseObject(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UnreadableRecordError(path, (error as Error).message);
  }
}

/** What is in `folder`; nothing when it does not exist (yet). */
export function entriesIn(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
