// `npm run dist`: the installers for the OS it runs on (electron-builder.ts says which) in dist/,
// packed from the same unpacked Electron that `npm start` runs; or, where there is none, why not
// and what would make it work. Arguments after `--` go to electron-builder (`-- --dir`: the
// unpacked app only, no installer).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findElectronBinary, refuseWithoutElectron } from './electron-binary.mjs';

const require = createRequire(import.meta.url);

const electron = findElectronBinary();
const pinned = pinnedElectronVersion();
if (!electron.path) {
  const unreachable = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? ''
    : ", and Electron's releases cannot be downloaded here, by electron-builder either";
  refuseWithoutElectron(
    'build its installers on this machine',
    `${electron.reason}. Every installer carries the Electron binary${unreachable}`,
    [
      "On a machine that can download Electron's releases, fetch the binary, then build:  npx install-electron --no && npm run dist",
      `Or point at an unpacked Electron ${pinned ?? ''} for this OS (passed to electron-builder as electronDist):  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm run dist`,
    ],
  );
}

// An override folder of another Electron would ship that binary under this version's name.
const found = electronVersionIn(electron.dist);
if (found && found !== pinned) {
  refuseWithoutElectron(
    `build its installers from ${electron.dist}`,
    `that folder holds Electron ${found}, and package.json pins ${pinned}`,
    [`Point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${pinned} for this OS`],
  );
}

run(binOf('electron-vite'), ['build']);
run(binOf('electron-builder'), [
  `--config.electronDist=${electron.dist}`,
  ...process.argv.slice(2),
]);

function pinnedElectronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    return null;
  }
}

/** Electron's release folders name their version in a `version` file. */
function electronVersionIn(dist) {
  const file = join(dist, 'version');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().replace(/^v/, '') : null;
}

/** A package's command-line script, run with this Node (no shell, so Windows needs no .cmd). */
function binOf(pkg) {
  const manifest = require(`${pkg}/package.json`);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[pkg];
  return join(dirname(require.resolve(`${pkg}/package.json`)), bin);
}

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
