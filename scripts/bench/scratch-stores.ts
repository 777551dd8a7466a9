/**
 * Cores and stores of the bench's own, built from the same ports as the test fixture's
 * (main/core/testing/core-fixture.ts: conf store, AES-GCM test cipher, the sandbox's ready
 * info), which builds its core on its own directory only:
 *
 * - a core on any store directory: for the scratch stores the large store is signed into, and
 *   for the memory run's child process, where no emulator may share the heap;
 * - adding a scratch store's connections to another store, through the app's own store
 *   classes: the registry's accounts are saved with ConnectionRegistry, and each secret is
 *   decrypted and encrypted again with SecretVault and the cipher, as the app writes them. MSAL
 *   caches are JSON objects of sections (Account, IdToken, AccessToken, RefreshToken,
 *   AppMetadata) keyed by unique entry ids, so two caches of one app merge by uniting each
 *   section.
 *
 * Why not sign everyone into one store? Before the per-account cache partitions every sign-in
 * re-serialized every other account's tokens, so 200 real sign-ins into one store took over six
 * minutes; in batches of 25 they take seconds, and the merged store has exactly the shape 200
 * sign-ins leave.
 */
import type { Cipher, SignInWindow } from '../../main/core/ports';
import type { SandboxReadyInfo } from '../../main/core/cloud-catalog';
import { createDeskCore, type DeskCore } from '../../main/core/desk-core';
import { contractEventSink } from '../../main/core/ipc/event-gate';
import { openConfStore } from '../../main/core/testing/conf-store';
import { ConnectionRegistry } from '../../main/core/store/connection-registry';
import { SecretVault } from '../../main/core/store/secret-vault';

export interface CoreOnStoreOptions {
  storeDir: string;
  cipher: Cipher;
  sandbox: SandboxReadyInfo;
  signInWindow?: SignInWindow;
}

/** Events are parsed against the contract, as they would be for the renderer, and dropped. */
export function openCoreOnStore(options: CoreOnStoreOptions): DeskCore {
  const { store, secrets, notices } = openConfStore(options.storeDir);
  return createDeskCore({
    host: 'chromium-bridge',
    version: 'bench',
    store,
    secrets,
    startupNotices: notices,
    cipher: options.cipher,
    browser: { open: async () => undefined },
    ...(options.signInWindow ? { signInWindow: options.signInWindow } : {}),
    events: contractEventSink(() => undefined),
    sandbox: { ready: async () => options.sandbox },
    env: {},
  });
}

export async function mergeStore(fromDir: string, intoDir: string, cipher: Cipher): Promise<void> {
  const fromStores = openConfStore(fromDir);
  const intoStores = openConfStore(intoDir);
  const from = fromStores.store;
  const into = intoStores.store;
  const fromVault = new SecretVault({ records: fromStores.secrets, cipher });
  const intoVault = new SecretVault({ records: intoStores.secrets, cipher });
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
