/** Writes the disk refused: kept, said once, and written by the first write that works. */
import { describe, expect, it } from 'vitest';
import { UnsavedChanges } from './unsaved-changes';

/** A disk that refuses with `code` while `full` is set, and what reached it by file. */
function disk(code = 'ENOSPC') {
  const files = new Map<string, string>();
  const state = { full: false, files };
  const write = (file: string, text: string) => () => {
    if (state.full) throw Object.assign(new Error(`${code}: refused`), { code });
    files.set(file, text);
  };
  return { state, write };
}

describe('unsaved changes', () => {
  it('keeps each refused file’s newest write, says so once, and writes them all when one works', () => {
    const { state, write } = disk();
    const saves = new UnsavedChanges('/store');
    let changes = 0;
    saves.onProblemChange = () => changes++;

    state.full = true;
    saves.attempt('settings', write('settings', 'v1'));
    saves.attempt('secret-a', write('secret-a', 'a1'));
    saves.attempt('settings', write('settings', 'v2'));
    expect(saves.problem()).toMatchObject({ code: 'store_not_saved' });
    expect(saves.problem()!.message).toContain('the disk is full');
    expect(saves.problem()!.hint).toContain('/store');
    expect(changes).toBe(1);

    state.full = false;
    saves.attempt('secret-b', write('secret-b', 'b1'));
    expect(Object.fromEntries(state.files)).toEqual({
      'secret-b': 'b1',
      settings: 'v2',
      'secret-a': 'a1',
    });
    expect(saves.problem()).toBeUndefined();
    expect(changes).toBe(2);
  });

  it.each([
    ['EROFS', 'its folder is read-only'],
    ['EACCES', 'its folder is read-only'],
    ['EIO', 'the disk refused it'],
  ])('says why in plain words: %s', (code, words) => {
    const { state, write } = disk(code);
    const saves = new UnsavedChanges('/store');
    state.full = true;
    saves.attempt('settings', write('settings', 'v1'));
    expect(saves.problem()!.message).toContain(words);
  });

  it('strictly, a refused write throws and is not kept (the upgrade stops there)', () => {
    const { state, write } = disk();
    const saves = new UnsavedChanges('/store');
    state.full = true;
    expect(() => saves.strictly(() => saves.attempt('settings', write('settings', 'v1')))).toThrow(
      /ENOSPC/,
    );
    state.full = false;
    expect(saves.retry()).toBe(true);
    expect(state.files.size).toBe(0);
  });

  it('with another copy writing the store, writes nothing, not even on retry', () => {
    const { write, state } = disk();
    const saves = new UnsavedChanges('/store');
    saves.writeNothing({ code: 'store_in_use', message: 'Another copy.' });
    saves.attempt('settings', write('settings', 'v1'));
    expect(saves.retry()).toBe(false);
    expect(state.files.size).toBe(0);
    expect(saves.problem()?.code).toBe('store_in_use');
  });
});
