// Runs the Playwright specs on every host this machine can offer, and says loudly which one
// it cannot. chromium-bridge always runs; electron needs the Electron binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';

if (!existsSync('out/renderer/index.html')) {
  console.error('e2e: out/renderer is missing; run `npm run build` first (npm test does).');
  process.exit(1);
}

const projects = ['chromium-bridge'];
const electron = findElectronBinary();
if (electron.path) projects.push('electron');
else
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
