/** What the core is built from: the ports and settings its host gives it (desk-core.ts). */
import type { AppInfo, Problem } from '../../preload/contract';
import type { Backoff } from './app-setup/replication-wait';
import type { NetworkBounds } from './net/network-bounds';
import type {
  BrowserOpener,
  Cipher,
  EventSink,
  FileSaver,
  KeyValueStore,
  SealedRecords,
  SignInWindow,
} from './ports';
import type { SandboxTenant } from './sign-in-profiles';
import type { UnsavedChanges } from './store/unsaved-changes';

export interface DeskCoreOptions {
  host: AppInfo['host'];
  version: string;
  /** The settings file. */
  store: KeyValueStore;
  /** The secrets folder beside it, the vault's alone (see store/open-store.ts). */
  secrets: SealedRecords;
  cipher: Cipher;
  browser: BrowserOpener;
  events: EventSink;
  /** The in-app sign-in window; without one, that method is offered as unavailable. */
  signInWindow?: SignInWindow;
  /** How long a window or browser sign-in may wait for the person (default 10 minutes). */
  signInTimeoutMs?: number;
  /** The port the system browser's sign-in listens on first (default: any free one). */
  loopbackPort?: number;
  sandbox?: SandboxTenant;
  env?: Readonly<Record<string, string | undefined>>;
  /** Problems already handled while opening the store (see store/open-store.ts). */
  startupNotices?: Problem[];
  /** The store's writes the disk refused, to tell the person and try again (open-store.ts). */
  saves?: UnsavedChanges;
  /** How Set up app waits for a new app to replicate (tests shorten it). */
  replicationBackoff?: Backoff;
  /** How long requests may take and how often they are tried (default NETWORK_BOUNDS). */
  networkBounds?: NetworkBounds;
  /** Where the CLI for Microsoft 365 keeps its files (default: the home folder). */
  cliHome?: string;
  /** Where an exported certificate goes: a save dialog in the app. */
  fileSaver?: FileSaver;
}
