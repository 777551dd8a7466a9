/**
 * Where the built app's parts are, seen from the main bundle's folder: electron-vite writes
 * `out/main/index.js`, `out/preload/index.cjs` and `out/renderer/` (electron.vite.config.ts).
 * One function, so the boot test can hold it against the build configuration.
 */
import { join } from 'node:path';

export interface BuiltLayout {
  /** The sandboxed preload: CommonJS, because sandboxed preloads cannot be ES modules. */
  preload: string;
  /** The renderer's folder, served as `app://desk/`. */
  renderer: string;
}

export function builtLayout(mainDir: string): BuiltLayout {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    renderer: join(mainDir, '../renderer'),
  };
}
