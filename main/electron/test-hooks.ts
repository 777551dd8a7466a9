/**
 * Hooks for the electron e2e host: the bridge log and a look into the store, read by Playwright
 * through `electronApp.evaluate`. Only in a test build (index.ts loads this module behind
 * `__DESK_TEST_BUILD__`; scripts/production-build.test.ts checks out/ has none of it), and
 * there only when M365_DESK_TEST_HOOKS=1.
 */
import { dirname } from 'node:path';
import type { Cipher } from '../core/ports';
import { BridgeRecorder } from '../core/testing/bridge-recorder';
import { inspectStoreDir, type StoreFiles } from '../core/testing/store-inspector';

export function installTestHooks(files: StoreFiles, cipher: Cipher): BridgeRecorder | undefined {
  if (process.env.M365_DESK_TEST_HOOKS !== '1') return undefined;
  const recorder = new BridgeRecorder();
  Object.assign(globalThis, {
    __deskTestHooks: {
      transcript: () => recorder.transcript(),
      inspectStore: () => inspectStoreDir(dirname(files.store.path), cipher, () => files),
    },
  });
  return recorder;
}
