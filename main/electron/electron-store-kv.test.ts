/**
 * The settings file, as the app opens it through electron-store: readable by its owner only,
 * no IPC channel left open behind it, and a damaged file kept aside and explained.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as StoreModule from './electron-store-kv';
import type { IpcMainStandIn } from './stand-in/ipc-stand-in';

const POSIX = process.platform !== 'win32';

let userData = '';
let ipcMain: IpcMainStandIn;
let openElectronStore: typeof StoreModule.openElectronStore;

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

beforeEach(async () => {
  userData = join(await mkdtemp(join(tmpdir(), 'electron-store-')), 'M365 Desk');
  vi.resetModules();
  const electron = await import('./stand-in/electron-stand-in');
  electron.app.setPath('userData', userData);
  ipcMain = electron.ipcMain;
  ({ openElectronStore } = await import('./electron-store-kv'));
});

afterEach(() => rm(join(userData, '..'), { recursive: true, force: true }));

describe('the settings file', () => {
  it('keeps what is set, and forgets what is deleted', () => {
    const { store, notices } = openElectronStore();

    store.set('accounts', [{ id: 'a1' }]);
    store.set('theme', 'dark');
    store.delete('theme');

    expect(notices).toEqual([]);
    expect(store.path).toBe(join(userData, 'm365-desk.json'));
    expect(store.get('accounts')).toEqual([{ id: 'a1' }]);
    expect(store.get('theme')).toBeUndefined();
    expect(openElectronStore().store.get('accounts')).toEqual([{ id: 'a1' }]);
  });

  it.runIf(POSIX)(
    'is readable by its owner only (0600), in a folder only they can open',
    async () => {
      const { store } = openElectronStore();
      store.set('accounts', []);

      expect(await modeOf(store.path)).toBe(0o600);
      expect(await modeOf(userData)).toBe(0o700);
    },
  );

  it.runIf(POSIX)(
    'written by an older version with a wider mode, is narrowed on opening',
    async () => {
      const file = join(userData, 'm365-desk.json');
      await mkdir(userData, { recursive: true });
      await writeFile(file, '{"accounts":[]}');
      await chmod(file, 0o644);

      const { store } = openElectronStore();

      expect(store.get('accounts')).toEqual([]);
      expect(await modeOf(file)).toBe(0o600);
    },
  );

  it('leaves no IPC channel open behind it', () => {
    openElectronStore();
    openElectronStore();

    expect(ipcMain.channels()).toEqual([]);
  });
});

describe('a damaged settings file', () => {
  const garbage = '{"accounts": [ {"id": "trunc';

  beforeEach(async () => {
    await mkdir(userData, { recursive: true });
    await writeFile(join(userData, 'm365-desk.json'), garbage);
  });

  it('is kept aside, byte for byte, and the notice says where', async () => {
    const { notices } = openElectronStore();

    const aside = (await readdir(userData)).find((name) =>
      name.startsWith('m365-desk.unreadable-'),
    );
    expect(aside).toBeDefined();
    expect(await readFile(join(userData, aside!), 'utf8')).toBe(garbage);
    expect(notices).toEqual([
      expect.objectContaining({ code: 'store_unreadable', hint: expect.stringContaining(aside!) }),
    ]);
  });

  it('fails to open as it is, and even then leaves no channel open', async () => {
    const { electronStoreKv } = await import('./electron-store-kv');

    expect(() => electronStoreKv()).toThrow(/JSON/);
    expect(ipcMain.channels()).toEqual([]);
  });

  it('gives way to a fresh store that works, with no channel left open', async () => {
    const { store } = openElectronStore();

    store.set('accounts', []);

    expect(JSON.parse(await readFile(store.path, 'utf8'))).toEqual({ accounts: [] });
    expect(ipcMain.channels()).toEqual([]);
    if (POSIX) expect(await modeOf(store.path)).toBe(0o600);
  });
});
