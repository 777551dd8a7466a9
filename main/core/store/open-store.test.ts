import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfStore } from '../testing/conf-store';

describe('opening a damaged store', () => {
  it('keeps the unreadable file aside, starts empty, says where the old file went, and works', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const garbage = '{"accounts": [ {"id": "trunc';
    writeFileSync(join(dir, 'm365-desk.json'), garbage);

    const { store, notices } = openConfStore(dir);

    const aside = readdirSync(dir).find((f) => f.startsWith('m365-desk.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    expect(notices).toEqual([
      expect.objectContaining({ code: 'store_unreadable', hint: expect.stringContaining(aside!) }),
    ]);
    expect(store.get('accounts')).toBeUndefined();
    store.set('accounts', []);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ accounts: [] });
  });

  it('opens a healthy store with no notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    openConfStore(dir).store.set('x', 1);
    const reopened = openConfStore(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.store.get('x')).toBe(1);
  });
});
