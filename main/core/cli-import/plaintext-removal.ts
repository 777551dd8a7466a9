/**
 * Takes imported connections out of the CLI's plaintext files: their entries in the connection
 * files (with the secrets and certificates in them) and their accounts' tokens in the MSAL
 * cache. A file left with nothing in it is deleted, so the CLI's token files are gone once every
 * connection is imported. The CLI must then sign in again for those connections.
 */
import { rmSync, writeFileSync } from 'node:fs';
import type { CliFileTexts } from './cli-files';
import { CLI_FILES, cliFilePath } from './cli-files';

export interface Removed {
  removedFiles: string[];
  keptFiles: string[];
}

const ACCOUNT_SECTIONS = ['Account', 'IdToken', 'AccessToken', 'RefreshToken'] as const;

/**
 * Removes the named connections, the accounts' entries (by home account id) and the app-only
 * apps' tokens (by client id, they have no account) from the files in `home`.
 */
export function removePlaintext(
  home: string,
  files: CliFileTexts,
  names: ReadonlySet<string>,
  homeAccountIds: ReadonlySet<string>,
  appOnlyClientIds: ReadonlySet<string>,
): Removed {
  const done: Removed = { removedFiles: [], keptFiles: [] };
  const put = (kind: 'connection' | 'allConnections' | 'msalCache', keep: unknown) => {
    const path = cliFilePath(home, kind);
    if (keep === undefined) {
      rmSync(path, { force: true });
      done.removedFiles.push(CLI_FILES[kind]);
    } else {
      writeFileSync(path, JSON.stringify(keep), { encoding: 'utf8', mode: 0o600 });
      done.keptFiles.push(CLI_FILES[kind]);
    }
  };
  const nameOf = (c: { name?: string; identityId?: string }) => c.name ?? c.identityId ?? '';

  if (files.allConnections !== undefined) {
    const all = parsedOr<{ name?: string }[]>(files.allConnections, []);
    const left = Array.isArray(all) ? all.filter((c) => !names.has(nameOf(c))) : [];
    put('allConnections', left.length > 0 ? left : undefined);
  }
  if (files.connection !== undefined) {
    const current = parsedOr<{ name?: string; identityId?: string } | undefined>(
      files.connection,
      undefined,
    );
    put('connection', current && !names.has(nameOf(current)) ? current : undefined);
  }
  if (files.msalCache !== undefined) {
    type Entry = { home_account_id?: string; client_id?: string };
    const cache = parsedOr<Record<string, Record<string, Entry>>>(files.msalCache, {});
    const imported = (entry: Entry) =>
      entry.home_account_id
        ? homeAccountIds.has(entry.home_account_id)
        : appOnlyClientIds.has((entry.client_id ?? '').toLowerCase());
    for (const section of ACCOUNT_SECTIONS) {
      for (const [key, entry] of Object.entries(cache[section] ?? {})) {
        if (imported(entry)) delete cache[section]![key];
      }
    }
    const left = ACCOUNT_SECTIONS.some((s) => Object.keys(cache[s] ?? {}).length > 0);
    put('msalCache', left ? cache : undefined);
  }
  return done;
}

function parsedOr<T>(text: string, fallback: T): T {
  try {
    return text.trim() ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}
