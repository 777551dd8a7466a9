/**
 * The fuses of the shipped app (fuses.ts), and the afterPack hook that flips them: run on a
 * stand-in binary that carries Electron's fuse wire with Electron's own defaults, then read
 * back with @electron/fuses, the way `npx @electron/fuses read` would check a real build.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder';
import applyFuses, { packedElectronBinary, type PackedApp } from './apply-fuses';
import { FUSES, type FuseName } from './fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45 as it comes: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on. */
const ELECTRON_DEFAULTS = [true, false, true, true, false, false, false, true, true];

/** A file holding what @electron/fuses looks for in Electron: the sentinel, then the wire. */
function standInElectron(dir: string, name: string, wire = ELECTRON_DEFAULTS): string {
  const states = wire.map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  const bytes = [...Buffer.from(SENTINEL), 1, wire.length, ...states];
  writeFileSync(join(dir, name), Buffer.from([0x7f, ...Buffer.from('ELF'), ...bytes, 0, 0]));
  return join(dir, name);
}

function linuxApp(appOutDir: string): PackedApp {
  return {
    appOutDir,
    electronPlatformName: 'linux',
    arch: Arch.x64,
    packager: { appInfo: { productFilename: 'M365 Desk' }, executableName: 'm365-desk' },
  };
}

const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

describe('the fuses of the shipped app', () => {
  it('close RunAsNode, NODE_OPTIONS and --inspect, bind the app to its asar, and encrypt cookies', () => {
    expect(FUSES).toStrictEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true,
    });
  });

  it('decide every fuse @electron/fuses knows, so none is left to chance', () => {
    expect(Object.keys(FUSES).sort()).toStrictEqual(fuseNames.sort());
  });

  it('are flipped in the packed binary by the configured afterPack hook', async () => {
    expect(config.afterPack).toBe(applyFuses);
    const dir = mkdtempSync(join(tmpdir(), 'fuses-'));
    const binary = standInElectron(dir, 'm365-desk');

    await config.afterPack(linuxApp(dir));

    const wire = await getCurrentFuseWire(binary);
    for (const name of fuseNames as FuseName[]) {
      const state = FUSES[name] ? FuseState.ENABLE : FuseState.DISABLE;
      expect({ [name]: wire[FuseV1Options[name]] }).toStrictEqual({ [name]: state });
    }
  });

  it('fail the pack when a newer Electron has a fuse this table does not decide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuses-'));
    standInElectron(dir, 'm365-desk', [...ELECTRON_DEFAULTS, true]);
    await expect(applyFuses(linuxApp(dir))).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it.each([
    ['linux', 'm365-desk'],
    ['win32', 'M365 Desk.exe'],
    ['darwin', 'M365 Desk.app'],
    ['mas', 'M365 Desk.app'],
  ])('are flipped in the binary electron-builder packed for %s: %s', (platform, binary) => {
    const app = { ...linuxApp('unpacked'), electronPlatformName: platform };
    expect(packedElectronBinary(app)).toBe(join('unpacked', binary));
  });
});
