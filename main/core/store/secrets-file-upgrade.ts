/**
 * Until this version the vault's sealed entries lived in the settings file (under `secrets`
 * and `secrets-unreadable`), so every read of a setting parsed the encrypted MSAL caches too.
 * They now have a file of their own. The move writes the secrets file first and only then
 * takes them out of the settings file: a crash in between leaves them in both files, and the
 * next start finishes the move; they are never in neither.
 */
import type { KeyValueStore } from '../ports';
import { SECRET_VAULT_KEYS } from './secret-vault';

export function moveSecretsToTheirFile(settings: KeyValueStore, secrets: KeyValueStore): void {
  const left = SECRET_VAULT_KEYS.filter((key) => settings.get(key) !== undefined);
  for (const key of left) {
    // A name in both files was copied by a move that did not finish: the settings file's entry
    // is the one the move started from.
    secrets.set(key, { ...entries(secrets.get(key)), ...entries(settings.get(key)) });
  }
  for (const key of left) settings.delete(key);
}

function entries(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
