/**
 * What ships holds no test machinery. A production build is made here exactly as
 * `npm run build` makes out/ (same config, only the folder differs: a temporary one, so the
 * check is of the current source, also on a clean clone with no out/ yet), then every file of
 * it is searched for the e2e hooks, the modules of main/core/testing and emulator/testing, test
 * files and source maps. A test build (M365_DESK_TEST_BUILD=1, what the electron e2e host runs)
 * is searched the same way and must hold the hooks: the search is not blind.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialChunks } from './bench/renderer-size';

const REPO = join(import.meta.dirname, '..');
const ELECTRON_VITE = join(REPO, 'node_modules/electron-vite/bin/electron-vite.js');
/** Folders that exist only for tests; nothing of them may be bundled. */
const TEST_FOLDERS = ['main/core/testing', 'emulator/testing'];
/** Names only the e2e hooks use (main/electron/test-hooks.ts and what it loads). */
const HOOK_MARKERS = [
  '__deskTestHooks',
  'M365_DESK_TEST_HOOKS',
  'installTestHooks',
  'test-hooks',
  'BridgeRecorder',
  'inspectStoreDir',
  'everythingOnDisk',
  'TEST ONLY',
];

interface BuiltFile {
  path: string;
  text: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** `electron-vite build` into `outDir`; `testBuild` sets M365_DESK_TEST_BUILD=1. */
async function build(outDir: string, testBuild: boolean): Promise<BuiltFile[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, M365_DESK_OUT_DIR: outDir };
  delete env.M365_DESK_TEST_BUILD;
  if (testBuild) env.M365_DESK_TEST_BUILD = '1';
  await promisify(execFile)(process.execPath, [ELECTRON_VITE, 'build', '--logLevel', 'warn'], {
    cwd: REPO,
    env,
  });
  const paths = await filesUnder(outDir);
  return Promise.all(
    paths.map(async (path) => ({
      path: relative(outDir, path),
      text: await readFile(path, 'utf8'),
    })),
  );
}

/**
 * Every test module, by the names a bundle keeps of it: its path (the bundler's module
 * comments), its file name (unless a shipping module has the same one, as
 * main/core/msal/msal-network-client.ts does) and the classes it exports.
 */
async function testModules(): Promise<{ module: string; needles: string[] }[]> {
  const name = (file: string) => basename(file).replace(/(\.test)?\.tsx?$/, '');
  const shipping = new Set(
    (
      await Promise.all(
        ['main', 'preload', 'renderer', 'emulator'].map((f) => filesUnder(join(REPO, f))),
      )
    )
      .flat()
      .filter((file) => !TEST_FOLDERS.some((folder) => file.startsWith(join(REPO, folder))))
      .map(name),
  );
  const files = (await Promise.all(TEST_FOLDERS.map((f) => filesUnder(join(REPO, f))))).flat();
  return Promise.all(
    files.map(async (file) => {
      const module = relative(REPO, file).replace(/\.ts$/, '');
      const classes = [...(await readFile(file, 'utf8')).matchAll(/^export class (\w+)/gm)].map(
        (m) => m[1]!,
      );
      const fileName = shipping.has(name(file)) ? [] : [name(file)];
      return { module, needles: [module, ...fileName, ...classes] };
    }),
  );
}

/** `needle` as a whole word (a file name is not found inside a longer one). */
function filesHolding(files: BuiltFile[], needle: string): string[] {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const word = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`);
  return files.filter((f) => word.test(f.text)).map((f) => f.path);
}

const dirs: string[] = [];
let production: BuiltFile[] = [];
let testBuild: BuiltFile[] = [];

beforeAll(async () => {
  const [prodDir, testDir] = await Promise.all(
    ['prod', 'test'].map((name) => mkdtemp(join(tmpdir(), `desk-${name}-build-`))),
  );
  dirs.push(prodDir!, testDir!);
  production = await build(prodDir!, false);
  testBuild = await build(testDir!, true);
}, 240_000);

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the production build (what npm run build puts in out/)', () => {
  it('holds the main, preload and renderer bundles, and nothing beside the main bundle', () => {
    const paths = production.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['main/index.js', 'preload/index.cjs', 'renderer/index.html']),
    );
    // A test-hooks chunk the switch failed to drop would sit beside index.js.
    expect(paths.filter((p) => p.startsWith('main/'))).toEqual(['main/index.js']);
  });

  it.each(HOOK_MARKERS)('does not hold the e2e hooks: no "%s"', (marker) => {
    expect(filesHolding(production, marker)).toEqual([]);
  });

  it('holds no module of main/core/testing or emulator/testing (path, file name or class)', async () => {
    const found = (await testModules()).flatMap(({ module, needles }) =>
      needles.flatMap((needle) =>
        filesHolding(production, needle).map((file) => `${module}: "${needle}" in ${file}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('has a sandboxed preload: one CommonJS file that requires nothing but electron', () => {
    // A sandboxed preload cannot require() packages or be an ES module (checklist item 4).
    const preload = production.filter((f) => f.path.startsWith('preload/'));
    expect(preload.map((f) => f.path)).toEqual(['preload/index.cjs']);
    const required = [...preload[0]!.text.matchAll(/require\((["'])([^"']+)\1\)/g)].map(
      (m) => m[2],
    );
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload[0]!.text).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('loads the first screen as one script; the app setup and the dialogs load on first use', () => {
    // One request for what the dashboard needs (beside the bundler's tiny runtime), not 28.
    const renderer = join(dirs[0]!, 'renderer');
    const initial = initialChunks(renderer);
    expect(initial.map((path) => basename(path)).filter((n) => !n.startsWith('rolldown-'))).toEqual(
      [expect.stringMatching(/^first-screen-[\w-]+\.js$/)],
    );
    // Words only each dialog's own code says: in a chunk loaded on first use, not in the first.
    const firstScreen = initial.map((path) => readFileSync(join(renderer, path), 'utf8')).join('');
    const later = production.filter(
      (f) => f.path.startsWith('renderer/assets/') && !initial.includes(f.path.slice(9)),
    );
    for (const words of [
      'Finding what is missing…', // the consent walkthrough
      'Getting a new code…', // the device code dialog
      'Choose where to save…', // the certificate export
      'Reading the connection…', // the script commands
    ]) {
      expect(firstScreen.includes(words), words).toBe(false);
      expect(
        later.some((f) => f.text.includes(words)),
        words,
      ).toBe(true);
    }
  });

  it('holds no test file and no source map (the build makes none: sourcemap is off)', () => {
    const paths = production.map((f) => f.path);
    expect(paths.filter((p) => /\.(test|spec)\.|\.map$/.test(p))).toEqual([]);
    expect(filesHolding(production, 'sourceMappingURL')).toEqual([]);
  });
});

describe('a test build (M365_DESK_TEST_BUILD=1, for the electron e2e host)', () => {
  it('does hold the hooks, so the search above would find them', () => {
    for (const marker of ['__deskTestHooks', 'M365_DESK_TEST_HOOKS', 'BridgeRecorder'])
      expect(filesHolding(testBuild, marker), marker).not.toEqual([]);
  });
});
