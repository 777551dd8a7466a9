/**
 * The settings file (through electron-store) and the secrets folder beside it, as the app opens
 * them: read once and held in memory, readable by their owner only, no IPC channel left open
 * behind them, and a damaged file kept aside and explained.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countFileReads, type FileReads } from '../core/testing/file-reads';
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

let reads: FileReads | undefined;
afterEach(async () => {
  reads?.stop();
  await rm(join(userData, '..'), { recursive: true, force: true });
});

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

  it('is read once, when opened; gets and sets answer from memory and write through', async () => {
    openElectronStore().store.set('accounts', [{ id: 'a1' }]);
    reads = countFileReads(userData);

    const { store, secrets } = openElectronStore();
    for (let i = 0; i < 20; i++) {
      store.set('theme', `theme-${i}`);
      expect(store.get('accounts')).toEqual([{ id: 'a1' }]);
      secrets.set(`name-${i}`, { backend: 'x', data: 'AAAA', savedAt: 'now' });
    }

    expect(reads.paths()).toEqual([store.path]); // the secrets: listed, none read
    expect(openElectronStore().secrets.names()).toHaveLength(20);
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({ theme: 'theme-19' });
  });

  it('keeps the secrets in a folder of their own beside the settings', () => {
    const { store, secrets } = openElectronStore();

    expect(secrets.path).toBe(join(userData, 'm365-desk-secrets'));
    expect(store.path).toBe(join(userData, 'm365-desk.json'));
  });

  it.runIf(POSIX)(
    'is readable by its owner only (0600), every file, in folders only they can open',
    async () => {
      const { store, secrets } = openElectronStore();
      store.set('accounts', []);
      secrets.set('a', { backend: 'x', data: 'AAAA', savedAt: 'now' });

      expect(await modeOf(store.path)).toBe(0o600);
      const [secretFile] = await readdir(secrets.path);
      expect(await modeOf(join(secrets.path, secretFile!))).toBe(0o600);
      expect(await modeOf(secrets.path)).toBe(0o700);
      expect(await modeOf(userData)).toBe(0o700);
    },
  );

  it.runIf(POSIX)(
    'written by an older version with a wider mode, is narrowed on opening, secrets moved out',
    async () => {
      const file = join(userData, 'm365-desk.json');
      await mkdir(userData, { recursive: true });
      const sealed = { backend: 'x', data: 'AAAA', savedAt: 'then' };
      await writeFile(file, JSON.stringify({ accounts: [], secrets: { a: sealed } }));
      await chmod(file, 0o644);

      const { store, secrets } = openElectronStore();

      expect(store.get('accounts')).toEqual([]);
      expect(store.get('secrets')).toBeUndefined();
      expect(secrets.get('a')).toEqual(sealed);
      expect(await modeOf(file)).toBe(0o600);
      expect(await modeOf(secrets.path)).toBe(0o700);
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
    const { electronStoreFile } = await import('./electron-store-kv');

    expect(() => electronStoreFile('m365-desk')).toThrow(/JSON/);
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
