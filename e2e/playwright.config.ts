import { defineConfig } from '@playwright/test';
import type { DeskFixtureOptions } from './harness/fixtures';

/**
 * One set of specs, two hosts. scripts/run-e2e.mjs picks the projects: chromium-bridge always,
 * electron only where an Electron binary exists (and it says so when it skips it).
 */
export default defineConfig<DeskFixtureOptions>({
  testDir: './specs',
  outputDir: '../test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1, // two cores: the core, the emulator and Chromium already share them
  reporter: 'list',
  projects: [
    { name: 'chromium-bridge', use: { hostKind: 'chromium-bridge' } },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
