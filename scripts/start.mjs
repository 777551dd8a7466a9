// `npm start`: build and run the Electron app, or explain why it cannot run here and what to do.
import { spawnSync } from 'node:child_process';
import { findElectronBinary, refuseWithoutElectron } from './electron-binary.mjs';

const electron = findElectronBinary();
if (!electron.path) {
  refuseWithoutElectron('start the Electron app', electron.reason, [
    'On a machine with internet access, reinstall so the binary is fetched:  npx install-electron --no',
    'Or point at an Electron build you already have:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start',
    'Or run the same app core with the UI in Chromium against the sandbox tenant:  npm run preview',
  ]);
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(electron.path, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
