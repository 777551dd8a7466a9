// Finds the Electron binary without triggering the electron package's download-on-require,
// which would hang on a machine that cannot reach Electron's release host.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ path: string } | { path: null, reason: string }} */
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
      ? { path: candidate }
      : {
          path: null,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`,
        };
  }
  const bundled = join(pkgDir, 'dist', relative);
  return existsSync(bundled)
    ? { path: bundled }
    : {
        path: null,
        reason: 'the Electron binary was never downloaded (no route to its release host)',
      };
}
