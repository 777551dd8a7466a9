/**
 * Adds a scratch store's connections to another store, through the app's own store classes:
 * the registry's accounts are saved with ConnectionRegistry, and each secret is decrypted and
 * encrypted again with SecretVault and the cipher, as the app writes them. MSAL caches are JSON
 * objects of sections (Account, IdToken, AccessToken, RefreshToken, AppMetadata) keyed by
 * unique entry ids, so two caches of one app merge by uniting each section.
 *
 * Why not sign everyone into one store? Today every sign-in re-serializes every other account's
 * tokens, so 200 real sign-ins into one store take over six minutes; in batches of 25 they
 * take seconds, and the merged store has exactly the shape 200 sign-ins leave.
 */
import type { Cipher } from '../../main/core/ports';
import { ConnectionRegistry } from '../../main/core/store/connection-registry';
import { SecretVault } from '../../main/core/store/secret-vault';
import { openConfStore } from '../../main/core/testing/conf-store';

export async function mergeStore(fromDir: string, intoDir: string, cipher: Cipher): Promise<void> {
  const from = openConfStore(fromDir).store;
  const into = openConfStore(intoDir).store;
  const fromVault = new SecretVault({ kv: from, cipher });
  const intoVault = new SecretVault({ kv: into, cipher });
  for (const name of fromVault.names()) {
    const incoming = (await fromVault.read(name))!;
    const existing = await intoVault.read(name);
    await intoVault.write(name, existing ? mergeJsonSections(existing, incoming) : incoming);
  }
  const registry = new ConnectionRegistry({ kv: into });
  for (const account of new ConnectionRegistry({ kv: from }).accounts()) {
    registry.saveAccount(account);
  }
}

/** Unites two JSON objects of sections; a secret that is not such an object is replaced. */
export function mergeJsonSections(existing: string, incoming: string): string {
  const a = sectionsOf(existing);
  const b = sectionsOf(incoming);
  if (!a || !b) return incoming;
  const merged: Record<string, Record<string, unknown>> = { ...a };
  for (const [section, entries] of Object.entries(b)) {
    merged[section] = { ...merged[section], ...entries };
  }
  return JSON.stringify(merged);
}

function sectionsOf(json: string): Record<string, Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const sections = Object.values(value);
    return sections.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s))
      ? (value as Record<string, Record<string, unknown>>)
      : undefined;
  } catch {
    return undefined;
  }
}
