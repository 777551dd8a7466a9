/**
 * A core on a store directory of the bench's choosing, built from the same ports as the test
 * fixture's (main/core/testing/core-fixture.ts: conf store, AES-GCM test cipher, the sandbox's
 * ready info): for the scratch stores the large store is signed into, and for the memory run's
 * child process, where no emulator may share the heap. The fixture builds its core on its own
 * directory only, hence this small twin of its `make`.
 */
import type { SandboxReadyInfo } from '../../main/core/cloud-catalog';
import { createDeskCore, type DeskCore } from '../../main/core/desk-core';
import { contractEventSink } from '../../main/core/ipc/event-gate';
import type { Cipher, SignInWindow } from '../../main/core/ports';
import { openConfStore } from '../../main/core/testing/conf-store';

export interface CoreOnStoreOptions {
  storeDir: string;
  cipher: Cipher;
  sandbox: SandboxReadyInfo;
  signInWindow?: SignInWindow;
}

/** Events are parsed against the contract, as they would be for the renderer, and dropped. */
export function openCoreOnStore(options: CoreOnStoreOptions): DeskCore {
  const { store, notices } = openConfStore(options.storeDir);
  return createDeskCore({
    host: 'chromium-bridge',
    version: 'bench',
    store,
    startupNotices: notices,
    cipher: options.cipher,
    browser: { open: async () => undefined },
    ...(options.signInWindow ? { signInWindow: options.signInWindow } : {}),
    events: contractEventSink(() => undefined),
    sandbox: { ready: async () => options.sandbox },
    env: {},
  });
}
