/**
 * The platform capabilities the core needs, as small interfaces. The Electron app passes
 * adapters (safeStorage, electron-store, shell.openExternal, ipcMain); tests and the
 * chromium-bridge host pass real non-Electron implementations. Nothing here imports electron.
 */
import type { EventName, EventPayload } from '../../preload/contract';

/** Encrypts secrets at rest. In the app: Electron `safeStorage`. */
export interface Cipher {
  /** The backend's name, recorded beside the ciphertext (e.g. `gnome_libsecret`, `basic_text`). */
  backend(): Promise<string>;
  /** False when there is no keystore at all, or only a hard-coded key (`basic_text`). */
  isStrong(): Promise<boolean>;
  /** One honest sentence for the status bar, e.g. "Encrypted with the OS keystore (kwallet6)". */
  describe(): Promise<string>;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(cipherText: Uint8Array): Promise<string>;
}

/** A small persistent key-value store. In the app: `electron-store`; in tests: `conf`. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Absolute path of the file behind the store (shown to the person when something is wrong). */
  readonly path: string;
}

/** Opens a URL in the person's default browser. In the app: `shell.openExternal`. */
export interface BrowserOpener {
  open(url: string): Promise<void>;
}

/** Sends an event to the renderer. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
