// Finds the Electron binary without triggering the electron package's download-on-require,
// which would hang on a machine that cannot reach Electron's release host.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `dist` is the unpacked Electron folder the binary is in (what electron-builder calls
 * electronDist).
 * @returns {{ path: string, dist: string } | { path: null, reason: string }}
 */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative);
    return existsSync(candidate)
      ? { path: candidate, dist: override }
      : {
          path: null,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`,
        };
  }
  const bundled = join(pkgDir, 'dist', relative);
  return existsSync(bundled)
    ? { path: bundled, dist: join(pkgDir, 'dist') }
    : {
        path: null,
        reason: 'the Electron binary was never downloaded (no route to its release host)',
      };
}

/**
 * Says plainly what M365 Desk cannot do here, why, and each way forward, then exits 1; the
 * same words for `npm start` and `npm run dist`.
 * @param {string} what  e.g. 'start the Electron app'
 * @param {string} why  the reason, without a final full stop
 * @param {string[]} waysForward  one line each, a command at its end
 * @returns {never}
 */
export function refuseWithoutElectron(what, why, waysForward) {
  const ways = waysForward.map((way) => `  • ${way}`).join('\n');
  console.error(`\nM365 Desk cannot ${what}: ${why}.\n\nWays forward:\n${ways}\n`);
  process.exit(1);
}
