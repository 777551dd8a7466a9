/** One writer per store: the lock a core takes, finds held, or takes over from a crash. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimStore, LOCK_FILE } from './store-lock';
import { UnsavedChanges } from './unsaved-changes';

const newStore = () => new UnsavedChanges(mkdtempSync(join(tmpdir(), 'store-lock-')));

/** Writes `file` through `saves`; whether it reached the disk. */
function written(saves: UnsavedChanges): boolean {
  let done = false;
  saves.attempt('settings', () => (done = true));
  return done;
}

describe('the store lock', () => {
  it('the first core writes; a second one on the same folder writes nothing and says why', () => {
    const first = newStore();
    const second = new UnsavedChanges(first.folder);
    claimStore(first);
    claimStore(second);
    expect(written(first)).toBe(true);
    expect(written(second)).toBe(false);
    expect(first.problem()).toBeUndefined();
    expect(second.problem()).toMatchObject({ code: 'store_in_use' });
    expect(second.problem()!.message).toContain(`process ${process.pid}`);
  });

  it('is let go on close: the next core writes', () => {
    const first = newStore();
    claimStore(first).release();
    expect(existsSync(join(first.folder, LOCK_FILE))).toBe(false);
    const next = new UnsavedChanges(first.folder);
    claimStore(next);
    expect(written(next)).toBe(true);
  });

  it.each([
    ['a process that has ended', () => spawnSync(process.execPath, ['-e', '0']).pid],
    ['this process, where no core holds it', () => process.pid],
  ])('left by a crash of %s: taken over', (_, pid) => {
    const saves = newStore();
    const lock = { pid: pid(), host: hostname(), since: '2024-01-01T00:00:00.000Z' };
    writeFileSync(join(saves.folder, LOCK_FILE), JSON.stringify(lock));
    claimStore(saves);
    expect(written(saves)).toBe(true);
    expect(saves.problem()).toBeUndefined();
  });

  it('held by another computer (a shared folder): counted as live', () => {
    const saves = newStore();
    const lock = { pid: 1, host: `not-${hostname()}`, since: '2024-01-01T00:00:00.000Z' };
    writeFileSync(join(saves.folder, LOCK_FILE), JSON.stringify(lock));
    claimStore(saves);
    expect(written(saves)).toBe(false);
  });
});
