import { join } from 'node:path';
import { readJsonFile, writeJsonFileAtomic } from './json-file.js';
import type { ConsentGrantRecord } from '../directory/consent-grants.js';
import type { RefreshTokenRecord } from '../identity/refresh-tokens.js';

/** Everything a restarted emulator must remember about what it granted and issued. */
export interface GrantState {
  consentGrants: ConsentGrantRecord[];
  refreshTokens: RefreshTokenRecord[];
}

/** Handle on `grants.json`: the live state plus a save function for whoever changes it. */
export interface GrantStateFile {
  state: GrantState;
  save(): void;
}

/** Opens (or starts) the grant state file in `dataDir`. */
export function openGrantStateFile(dataDir: string): GrantStateFile {
  const file = join(dataDir, 'grants.json');
  const state: GrantState = {
    consentGrants: [],
    refreshTokens: [],
    ...readJsonFile<Partial<GrantState>>(file),
  };
  return {
    state,
    save() {
      // Expired refresh tokens can never be honoured again; drop them so the file stays small.
      const now = Date.now();
      state.refreshTokens = state.refreshTokens.filter((r) => Date.parse(r.expiresAt) > now);
      writeJsonFileAtomic(file, state, 0o600);
    },
  };
}
