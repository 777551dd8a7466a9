/**
 * The store in memory, over conf as the tests and the bridge host open it (the app's
 * electron-store is the same code: main/electron/electron-store-kv.test.ts): the file is read
 * once, every change is on disk at once, and the file is only ever replaced whole.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confStore } from '../testing/conf-store';
import { countFileReads, type FileReads } from '../testing/file-reads';
import { memoryStore } from './memory-store';

const POSIX = process.platform !== 'win32';
const newDir = () => mkdtempSync(join(tmpdir(), 'memory-store-'));

let reads: FileReads | undefined;
afterEach(() => reads?.stop());

describe('the store in memory', () => {
  it('reads its file once, when opened, however many gets and sets follow', () => {
    const dir = newDir();
    confStore(dir).set('accounts', [{ id: 'a1' }]);
    reads = countFileReads(dir);

    const store = confStore(dir);
    expect(reads.paths()).toEqual([store.path]);
    for (let i = 0; i < 50; i++) {
      store.set(`key-${i}`, i);
      expect(store.get('accounts')).toEqual([{ id: 'a1' }]);
      store.delete(`key-${i}`);
    }

    expect(reads.paths()).toEqual([store.path]);
  });

  it('writes every change through at once: a fresh reader sees it', () => {
    const dir = newDir();
    const store = confStore(dir);

    store.set('theme', 'dark');
    store.set('accounts', [{ id: 'a1' }]);
    store.delete('theme');

    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ accounts: [{ id: 'a1' }] });
    expect(confStore(dir).get('accounts')).toEqual([{ id: 'a1' }]);
  });

  it('replaces the file whole on each change (a new file renamed over it), leaving nothing beside it', () => {
    const dir = newDir();
    const store = confStore(dir);
    store.set('a', 1);
    const before = statSync(store.path).ino;

    store.set('b', 2);

    expect(statSync(store.path).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['m365-desk.json']);
  });

  it.runIf(POSIX)('writes its file readable by its owner only (0600)', () => {
    const store = confStore(newDir());
    store.set('accounts', []);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('keeps the file in conf’s layout, so either library reads what the other wrote', () => {
    const store = confStore(newDir());
    store.set('accounts', [{ id: 'a1' }]);
    expect(readFileSync(store.path, 'utf8')).toBe(
      JSON.stringify({ accounts: [{ id: 'a1' }] }, undefined, '\t'),
    );
  });

  it('hands back what the file would: a JSON copy, which cannot be changed without a set', () => {
    const store = confStore(newDir());
    const mine = { id: 'a1', note: undefined as string | undefined, at: new Date(0) };
    store.set('account', mine);
    mine.id = 'changed after set';

    const stored = store.get('account') as Record<string, unknown>;
    expect(stored).toEqual({ id: 'a1', at: '1970-01-01T00:00:00.000Z' });
    expect(() => {
      stored.id = 'changed in memory';
    }).toThrow(TypeError);
  });

  it('changes nothing, in memory either, when the file cannot be written', () => {
    const file = {
      path: '/nowhere/m365-desk.json',
      opened: { kept: 1 },
      write: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const store = memoryStore(file);

    expect(() => store.set('kept', 2)).toThrow(/ENOSPC/);
    expect(() => store.delete('kept')).toThrow(/ENOSPC/);
    expect(store.get('kept')).toBe(1);
  });
});
