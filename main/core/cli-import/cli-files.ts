/**
 * The CLI for Microsoft 365's plaintext files in the home folder, as its `FileTokenStorage`
 * names them (src/auth/FileTokenStorage.ts): the current connection, all connections, and its
 * MSAL token cache. `.cli-m365-tokens.json` is where CLI versions before 7 kept theirs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_FILES = {
  connection: '.cli-m365-connection.json',
  allConnections: '.cli-m365-all-connections.json',
  msalCache: '.cli-m365-msal.json',
  olderTokens: '.cli-m365-tokens.json',
} as const;
export type CliFileKind = keyof typeof CLI_FILES;

/** One file's text: undefined when it is not there; empty when the CLI logged out (it writes ''). */
export type CliFileTexts = Record<CliFileKind, string | undefined>;

export const cliFilePath = (home: string, kind: CliFileKind): string => join(home, CLI_FILES[kind]);

/** Reads each of the CLI's files in `home` (never writes). */
export function readCliFiles(home: string): CliFileTexts {
  const read = (kind: CliFileKind) => {
    const path = cliFilePath(home, kind);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  return {
    connection: read('connection'),
    allConnections: read('allConnections'),
    msalCache: read('msalCache'),
    olderTokens: read('olderTokens'),
  };
}
