/**
 * Which of a project's files electron-builder would put in the app (app.asar), decided by
 * electron-builder's own matcher: the `files` patterns plus the defaults it adds (package.json,
 * its output and build-resources folders left out, lock files, …), walked the way it walks the
 * project, where a folder it refuses hides everything inside. Production dependencies are
 * copied by a separate step and are not part of this answer.
 *
 * The matcher is electron-builder's internal module (the version is pinned); if an upgrade
 * moves it, the packaging test fails here, loudly, rather than checking a copy of its rules.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';

type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): { createFilter(): Filter }[];
}

const requireFromBuilder = createRequire(
  createRequire(import.meta.url).resolve('electron-builder'),
);
const { getMainFileMatchers } = requireFromBuilder(
  'app-builder-lib/out/fileMatcher',
) as FileMatcherModule;

/**
 * The subset of `files` (paths relative to `projectDir`, with `/`) that electron-builder would
 * pack for Linux with `config`; Windows and macOS add no `files` of their own here.
 */
export function packedFiles(projectDir: string, config: Configuration, files: string[]): string[] {
  const info = {
    projectDir,
    config,
    buildResourcesDir: resolve(projectDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    debugLogger: { isEnabled: false },
  };
  const outDir = resolve(projectDir, config.directories?.output ?? 'dist');
  const matchers = getMainFileMatchers(
    projectDir,
    '/app',
    (pattern) => pattern,
    config.linux ?? {},
    { info },
    outDir,
    false,
  );
  const filters = matchers.map((matcher) => matcher.createFilter());
  const admitted = (path: string, isDirectory: boolean) =>
    filters.some((filter) => filter(join(projectDir, path), { isDirectory: () => isDirectory }));
  return files.filter(
    (file) => ancestors(file).every((dir) => admitted(dir, true)) && admitted(file, false),
  );
}

/** `out/main/index.js` → `out`, `out/main`. */
function ancestors(file: string): string[] {
  const dirs: string[] = [];
  for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) dirs.unshift(dir);
  return dirs;
}
