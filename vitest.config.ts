import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const electronStandIn = fileURLToPath(
  new URL('./main/electron/stand-in/electron-stand-in.ts', import.meta.url),
);

export default defineConfig({
  // The shell runs on a typed stand-in for Electron (the binary cannot be downloaded here, and
  // a unit test should not need it). Only the bare `electron` specifier is replaced.
  resolve: { alias: [{ find: /^electron$/, replacement: electronStandIn }] },
  // The build switches of electron.vite.config.ts, as in the production build: tests that load
  // the shell get the app as shipped. (Vitest makes each a global, so a test may stub one.)
  define: { __DESK_TEST_BUILD__: 'false' },
  test: {
    // electron-store imports `electron` itself: transform it so the alias applies to it too.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start HTTPS emulators; two cores, so keep the pool small.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            '{main,preload,emulator,renderer,scripts}/**/*.test.ts',
            'e2e/harness/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      // Renderer components and hooks: rendered into a DOM, talking to a stub window.desk.
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['renderer/src/test/setup-dom.ts'],
        },
      },
    ],
  },
});
