import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/**
 * Reads a JSON file, or returns `undefined` when it does not exist yet.
 * A corrupt file throws: silently starting over would lose the tenant ids and
 * refresh tokens that other processes already rely on.
 */
export function readJsonFile<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * Writes JSON atomically (temp file + rename in the same directory), so a crash or a
 * concurrent reader never sees a half-written file.
 */
export function writeJsonFileAtomic(path: string, value: unknown, mode = 0o600): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, mode);
}

/** Writes any text file atomically with the given permission bits. */
export function writeFileAtomic(path: string, text: string, mode = 0o644): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, text, { mode });
  renameSync(temp, path);
}
