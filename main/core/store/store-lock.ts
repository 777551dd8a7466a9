/**
 * One writer per store. The Electron app lets one copy run (main/electron/index.ts); this is the
 * core's own guard, for a copy that got past it (another build, a preview host, a second user
 * session on a shared folder). The first core to open the store takes `m365-desk.lock` beside
 * the settings file and keeps writing it; a core that finds the lock held by a live process
 * writes nothing for its whole session, keeps its changes in memory and says so once.
 *
 * Why a lock and not re-reading and merging before each write: the settings are whole objects
 * (connections, bindings, the proxy) whose merge has no right answer (a connection one copy
 * removed and the other renamed), and the secrets folder is read once and then trusted. With one
 * writer the file is always one copy's whole state, never a blend, and nothing is half-written
 * (every write replaces a file atomically). The second copy's changes are lost when it closes,
 * and it says so while the person can still act on it.
 *
 * A lock left by a crash is recognised and taken over: its process is gone (or is this process,
 * and no core here holds it).
 */
import { hostname } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../preload/contract';
import { OWNER_ONLY_FILE } from './conf-file';
import type { UnsavedChanges } from './unsaved-changes';

export const LOCK_FILE = 'm365-desk.lock';

/** The locks held by cores of this process (a crashed core of this process leaves none). */
const heldHere = new Set<string>();

interface Owner {
  pid: number;
  host: string;
  since: string;
}

export const storeInUse = (owner: Owner): Problem => ({
  code: 'store_in_use',
  message: `Another copy of M365 Desk (process ${owner.pid}, open since ${owner.since}) is using the same saved connections, so nothing you change in this window is saved.`,
  hint: 'Close this window and carry on in the other copy. What you changed here is kept until you close it.',
});

/**
 * Takes the store's lock for this core, or, when another copy holds it, makes `saves` keep every
 * write for this session. Answers how to let go of it (on close).
 */
export function claimStore(saves: UnsavedChanges): { release(): void } {
  const path = join(saves.folder, LOCK_FILE);
  const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: 'wx', mode: OWNER_ONLY_FILE });
      heldHere.add(path);
      return { release: () => release(path) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No lock can be written where nothing can: the saves will say why.
      if (code !== 'EEXIST') return { release: () => undefined };
    }
    const holder = ownerOf(path);
    if (holder && !isStale(holder, path)) {
      saves.writeNothing(storeInUse(holder));
      return { release: () => undefined };
    }
    rmSync(path, { force: true }); // left by a crash: taken over
  }
  return { release: () => undefined };
}

function release(path: string): void {
  heldHere.delete(path);
  rmSync(path, { force: true });
}

function ownerOf(path: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') {
      return { pid: owner.pid, host: owner.host, since: String(owner.since ?? 'earlier') };
    }
  } catch {
    // Unreadable (a crash while it was written): no owner, so stale.
  }
  return undefined;
}

/** Whether the lock's process is gone. Another computer's process cannot be asked: it is live. */
function isStale(owner: Owner, path: string): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(path);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
