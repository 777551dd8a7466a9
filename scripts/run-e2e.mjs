// Runs the Playwright specs on every host this machine can offer, and says loudly which one
// it cannot. chromium-bridge always runs; electron needs the Electron binary, and a test build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';

/**
 * The electron host runs a test build (the e2e hooks are left out of out/), in out-test/. It
 * gets its own package.json so Electron, run on the folder, takes the app's name and version
 * from it as it does for out/ (run on a .js file it would report Electron's own).
 */
function buildTestApp() {
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, M365_DESK_TEST_BUILD: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = { name, version, private: true, type: 'module', main: 'main/index.js' };
  writeFileSync('out-test/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
}

if (!existsSync('out/renderer/index.html')) {
  console.error('e2e: out/renderer is missing; run `npm run build` first (npm test does).');
  process.exit(1);
}

const projects = ['chromium-bridge'];
const electron = findElectronBinary();
if (electron.path) {
  projects.push('electron');
  buildTestApp();
} else
  console.log(
    `e2e electron host: skipped: no Electron binary (${electron.reason}). ` +
      'The same specs run on it where ELECTRON_OVERRIDE_DIST_PATH or a downloaded binary exists.',
  );

const args = [
  'playwright',
  'test',
  '-c',
  'e2e/playwright.config.ts',
  ...projects.flatMap((p) => ['--project', p]),
  ...process.argv.slice(2),
];
const needsDisplay =
  projects.includes('electron') && !process.env.DISPLAY && process.platform === 'linux';
const [cmd, cmdArgs] = needsDisplay ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
const run = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
if (!electron.path) console.log('e2e electron host: skipped: no Electron binary (see above).');
process.exit(run.status ?? 1);
