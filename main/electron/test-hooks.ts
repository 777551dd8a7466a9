/**
 * Hooks for the electron e2e host: the bridge log and a look into the store, read by Playwright
 * through `electronApp.evaluate`. Only in a test build (index.ts loads this module behind
 * `__DESK_TEST_BUILD__`; scripts/production-build.test.ts checks out/ has none of it), and
 * there only when M365_DESK_TEST_HOOKS=1.
 */
import { dirname } from 'node:path';
import type { Cipher, KeyValueStore } from '../core/ports';
import { BridgeRecorder } from '../core/testing/bridge-recorder';
import { inspectStoreDir } from '../core/testing/store-inspector';

export function installTestHooks(store: KeyValueStore, cipher: Cipher): BridgeRecorder | undefined {
  if (process.env.M365_DESK_TEST_HOOKS !== '1') return undefined;
  const recorder = new BridgeRecorder();
  Object.assign(globalThis, {
    __deskTestHooks: {
      transcript: () => recorder.transcript(),
      inspectStore: () => inspectStoreDir(dirname(store.path), cipher, () => store),
    },
  });
  return recorder;
}
