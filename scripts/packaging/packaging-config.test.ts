/**
 * The packaging configuration (electron-builder.ts) read as the spec of what ships: which
 * installers, which app, and above all which files. The files are judged by electron-builder's
 * own matcher over every tracked file, the build in out/ if there is one, and the leftovers a
 * build could one day leave there (source maps, tests, fixtures).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder';
import { packedFiles } from './packed-files';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** What a build leaves in out/ (whether or not it has run), and what must never ship from it. */
const BUILD_ENTRIES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_LEFTOVERS = [
  'out/main/index.js.map',
  'out/renderer/assets/index-x.js.map',
  'out/main/index.ts',
  'out/main/index.test.js',
  'out/renderer/assets/app.spec.mjs',
  'out/main/core/testing/core-fixture.js',
  'out/emulator/testing/fixture.js',
  'out/e2e/specs/sign-in.js',
];

function candidates(): string[] {
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' });
  const outDir = join(ROOT, 'out');
  const built = existsSync(outDir)
    ? readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    : [];
  return [
    ...new Set([
      ...tracked.split('\n').filter(Boolean),
      ...built,
      ...BUILD_ENTRIES,
      ...BUILD_LEFTOVERS,
    ]),
  ];
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the packaged app', () => {
  it('is M365 Desk, com.m365desk.app, with its code in an asar archive', () => {
    expect(config.appId).toBe('com.m365desk.app');
    expect(config.productName).toBe('M365 Desk');
    expect(config.asar).toBe(true);
  });

  it('ships as AppImage and deb on Linux, NSIS on Windows and dmg on macOS, into dist/', () => {
    expect(config.linux.target).toStrictEqual(['AppImage', 'deb']);
    expect(config.win.target).toStrictEqual(['nsis']);
    expect(config.mac.target).toStrictEqual(['dmg']);
    expect(config.directories.output).toBe('dist');
  });

  it('has an icon big enough for .ico and .icns (a square PNG of 512 px or more)', () => {
    const icon = join(ROOT, config.icon);
    expect(config.icon.startsWith('assets/')).toBe(true);
    const { width, height } = pngSize(icon);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(existsSync(join(ROOT, 'assets/icon.svg'))).toBe(true);
  });

  it('names a maintainer with an e-mail address and a homepage, which the deb requires', () => {
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });
});

describe('the files in the app', () => {
  it('are admitted from out/ and package.json only, never a source map', () => {
    const admitted = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(admitted).toStrictEqual(['out/**', 'package.json']);
    expect(config.files).toContain('!**/*.map');
  });

  it('are the build and package.json, with no test, fixture, source or source map', () => {
    const packed = packedFiles(ROOT, config, candidates());

    expect(packed).toEqual(expect.arrayContaining(['package.json', ...BUILD_ENTRIES]));
    expect(packed.filter((file) => file !== 'package.json' && !file.startsWith('out/'))).toEqual(
      [],
    );
    const notShipped = [
      /\.(test|spec)\./,
      /(^|\/)e2e\//,
      /(^|\/)main\/core\/testing\//,
      /(^|\/)emulator\/(.+\/)?testing\//,
      /\.map$/,
      /\.tsx?$/,
    ];
    for (const pattern of notShipped)
      expect(packed.filter((file) => pattern.test(file))).toEqual([]);
  });
});

describe('the production dependencies (packed by electron-builder beside out/)', () => {
  const dependencies = Object.keys(pkg.dependencies);

  it('hold no test or build tool, and not Electron itself (electron-builder wants it dev-only)', () => {
    const devTools = [
      /^electron$/,
      /^electron-(builder|vite)$/,
      /^@electron\//,
      /vitest|playwright|jsdom|@testing-library|eslint|prettier|typescript|^tsx$|^vite$/,
      /^@azure\/identity$/,
      /^@doyensec\//,
      /^@types\//,
    ];
    expect(dependencies.filter((name) => devTools.some((tool) => tool.test(name)))).toEqual([]);
    expect(pkg.devDependencies.electron).toBeDefined();
    expect(dependencies.filter((name) => name in pkg.devDependencies)).toEqual([]);
  });

  it('are each imported by the main process or the preload (the renderer is bundled whole)', () => {
    const runtimeCode = candidates().filter(
      (file) =>
        /^(main|emulator|preload)\/.+\.ts$/.test(file) &&
        !/\.test\.ts$|\/testing\//.test(file) &&
        existsSync(join(ROOT, file)),
    );
    const imported = new Set<string>();
    for (const file of runtimeCode) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const [, specifier] of source.matchAll(
        /(?:from|import) '((?:@[^/'.]+\/)?[^/'.][^/']*)/g,
      )) {
        imported.add(specifier!);
      }
    }
    expect(dependencies.filter((name) => !imported.has(name))).toEqual([]);
  });
});
