import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{main,preload,emulator,renderer,scripts}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start HTTPS emulators; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
