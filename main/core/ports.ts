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
  /**
   * False when nothing can be encrypted or decrypted now (no keystore, or a locked one): then
   * `encrypt` and `decrypt` throw `KeystoreUnavailableError` (store/keystore-unavailable.ts).
   */
  isAvailable(): Promise<boolean>;
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
  /**
   * Writes the file again if it is not as last written (deleted or cut short by something
   * else): the app calls it as it closes, so what it holds is on disk.
   */
  flush?(): void;
}

/**
 * The vault's sealed records, one per secret name. In the app and the tests: a folder with one
 * file per secret (store/sealed-folder.ts), so a record is read the first time it is asked for,
 * a change writes that record alone, and the names are listed without reading any record.
 */
export interface SealedRecords {
  /** Where they are kept (shown to the person when something is wrong). */
  readonly path: string;
  /**
   * The name of every record kept; or of those in one group: the names `<group>:<rest>` where
   * the rest holds no `:` (one app's account partitions, say), listed without the others.
   */
  names(group?: string): string[];
  /** The record as it was set; undefined when there is none; throws when it cannot be read. */
  get(name: string): unknown;
  set(name: string, record: Readonly<Record<string, unknown>>): void;
  delete(name: string): void;
  /** Moves the record out of the way, as it is (never deleted); where it went, if it was there. */
  setAside(name: string): string | undefined;
}

/** Opens a URL in the person's default browser. In the app: `shell.openExternal`. */
export interface BrowserOpener {
  open(url: string): Promise<void>;
}

/** Which way a message crossed the IPC bridge. */
export type BridgeDirection = 'command' | 'result' | 'event';

/**
 * Sees every message that crosses the IPC bridge, exactly as sent. Only a test build passes
 * one (testing/bridge-recorder.ts, for the e2e leak checks); the shipped app has none.
 */
export interface BridgeLog {
  record(direction: BridgeDirection, name: string, payload: unknown): void;
}

/** Sends an event to the renderer. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** What the in-app sign-in window is asked to do (see flows/sign-in-window-flow.ts). */
export interface SignInWindowRequest {
  /** The authority's `/authorize` URL. */
  url: string;
  /** Resolve as soon as a navigation starts with this; it is never loaded. */
  redirectUri: string;
  /** The only origin the window may show, e.g. `https://login.microsoftonline.com`. */
  authorityOrigin: string;
  /** PEM of a private CA to trust for the authority (the sandbox's). */
  caPem?: string;
  /**
   * `http://host:port` the window's traffic goes through (with the user name and password the
   * shell may answer that proxy's own 407 with), hosts that bypass it, and where it was set.
   */
  proxy: { proxyUrl?: string; noProxy?: string; source?: 'setting' | 'environment' };
  /** Aborted on cancel or timeout: close the window. */
  signal: AbortSignal;
  /**
   * Called with the visible text of each authority page that finishes loading. An error ends
   * the sign-in with it: Entra shows some failures (AADSTS50011) as a page, not a redirect.
   */
  errorOnPage: (pageText: string) => Error | undefined;
}

/**
 * A dedicated sign-in window: its own session, no preload, no Node. In the app: a
 * BrowserWindow; in the chromium-bridge host: a browser page.
 */
export interface SignInWindow {
  /** Resolves with the URL the authority redirected to; rejects if the person closes the window. */
  open(request: SignInWindowRequest): Promise<string>;
}

/**
 * Writes bytes to a file the person picks. In the app: a save dialog, then the file written
 * with mode 0600; in tests: a stand-in that records where it would have gone.
 */
export interface FileSaver {
  save(request: {
    suggestedName: string;
    filters: { name: string; extensions: string[] }[];
    data: Uint8Array;
  }): Promise<{ saved: boolean; fileName?: string }>;
}
