import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * `M365_DESK_TEST_BUILD=1` makes a test build: the main process keeps the e2e hooks
 * (main/electron/test-hooks.ts), which a production build leaves out altogether. It goes to
 * out-test/ so it can never be mistaken for, or packaged as, the app in out/.
 */
const testBuild = process.env.M365_DESK_TEST_BUILD === '1';
/** M365_DESK_OUT_DIR: elsewhere (scripts/production-build.test.ts builds into a temporary folder). */
const outRoot = process.env.M365_DESK_OUT_DIR ?? (testBuild ? 'out-test' : 'out');

/** renderer/src/<feature>/index.ts */
const featureIndex = /[/\\]renderer[/\\]src[/\\][^/\\]+[/\\]index\.ts$/;

export default defineConfig({
  main: {
    define: { __DESK_TEST_BUILD__: JSON.stringify(testBuild) },
    build: {
      outDir: `${outRoot}/main`,
      rollupOptions: { input: { index: resolve('main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${outRoot}/preload`,
      // A sandboxed preload cannot require() packages: bundle zod into it.
      externalizeDeps: { exclude: ['zod'] },
      // Sandboxed preloads cannot be ES modules.
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: `${outRoot}/renderer`,
      // electron-vite leaves every bundle unminified. The window parses its script before the
      // first paint, so the renderer ships minified. Main and preload stay readable: Node reads
      // them from disk once (minified, a few milliseconds sooner), and
      // scripts/production-build.test.ts finds test machinery in them by name, which minifying
      // would rename away. The renderer cannot import that machinery at all (eslint.config.js).
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // A feature's index.ts only re-exports (renderer/boundaries.test.ts holds it to that).
        // Said so, the bundler follows only the names the first screen uses: a field that only
        // lazily loaded dialogs use (sign-in's AppRegistrationFields) loads with them.
        treeshake: { moduleSideEffects: (id) => !featureIndex.test(id) },
        // Everything the first screen imports statically in one chunk: the page makes one
        // request for it instead of 28 (six at a time per origin), and one gzip stream is
        // smaller. What loads on first use (the app setup, the dialogs) keeps its own chunks.
        output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
      },
    },
  },
});
