/** What a spec needs from a host, whichever way the renderer is hosted. */
import type { Page } from 'playwright-core';
import type { StoreSnapshot } from '../../main/core/testing/store-inspector';

export type { StoreSnapshot };

export type HostKind = 'chromium-bridge' | 'electron';

export interface DeskHost {
  readonly kind: HostKind;
  readonly page: Page;
  readonly pageErrors: string[];
  /** Every message that crossed the bridge, one per line. */
  bridgeTranscript(): Promise<string>;
  inspectStore(): Promise<StoreSnapshot>;
  /** The next in-app sign-in window the app opens, as a page the person can use. */
  nextSignInWindow(): Promise<Page>;
  /** Resolves with the next URL the app asks the system browser to open. */
  nextExternalUrl(): Promise<string>;
  /** Quit and start the app again on the same store. */
  restart(): Promise<void>;
  close(): Promise<void>;
}
