/**
 * electron-builder's configuration (it finds this file by its name): the installers that
 * `npm run dist` (scripts/dist.mjs) builds for the OS it runs on. The packaging test
 * (scripts/packaging/packaging-config.test.ts) reads this file and what it would pack.
 */
import type { Configuration } from 'electron-builder';
import applyFuses from './scripts/packaging/apply-fuses';

const config = {
  appId: 'com.m365desk.app',
  productName: 'M365 Desk',
  directories: { output: 'dist', buildResources: 'assets' },
  // Only the build. electron-vite bundles main (with the sandbox emulator it runs in-process),
  // preload and renderer into out/; electron-builder adds the production dependencies itself.
  // Source maps and .ts files would ship the source; nothing test-like belongs in an installer.
  files: [
    'out/**',
    'package.json',
    '!**/*.map',
    '!out/**/*.{ts,tsx}',
    '!out/**/*.{test,spec}.*',
    '!out/**/{testing,e2e,__tests__}{,/**}',
  ],
  asar: true,
  icon: 'assets/icon.png',
  // Fuses are flipped after packing and before signing (scripts/packaging/fuses.ts says which).
  afterPack: applyFuses,
  // The .desktop file is named after package.json's desktopName, as Electron's app_id is.
  linux: { target: ['AppImage', 'deb'], category: 'Utility', syncDesktopName: true },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools' },
} satisfies Configuration;

export default config;
