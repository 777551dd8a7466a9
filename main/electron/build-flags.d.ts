/**
 * Compile-time constants, set by `define` in electron.vite.config.ts (and vitest.config.ts).
 * The bundler replaces them with literals, so a branch on a false one is left out of the build.
 */

/** True only in a test build (`M365_DESK_TEST_BUILD=1`, into out-test/): the e2e hooks are in it. */
declare const __DESK_TEST_BUILD__: boolean;
