import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The build switches of electron.vite.config.ts, as in the production build: tests that load
  // the shell get the app as shipped. (Vitest makes each a global, so a test may stub one.)
  define: { __DESK_TEST_BUILD__: 'false' },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start HTTPS emulators; two cores, so keep the pool small.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['{main,preload,emulator,renderer,scripts}/**/*.test.ts'],
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
