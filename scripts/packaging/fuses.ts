/**
 * The Electron fuses of the shipped app: switches compiled into the Electron binary that turn
 * features off for good, flipped after packing by the afterPack hook (apply-fuses.ts). This
 * table is the one place they are decided; the packaging test reads it fuse by fuse.
 *
 * Why it matters here: the app keeps sign-ins encrypted with safeStorage, which any process
 * that can run code *as this app* may decrypt. RunAsNode, NODE_OPTIONS and --inspect are the
 * three ways to do that without touching the app's files, and the asar fuses stop the fourth
 * (swapping the files).
 */
import { FuseV1Options } from '@electron/fuses';

export type FuseName = keyof typeof FuseV1Options;

export const FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the app into a plain Node with the app's keystore rights. */
  RunAsNode: false,
  /** Chromium's cookie store encrypted with the OS keystore (the sign-in window's cookies). */
  EnableCookieEncryption: true,
  /** NODE_OPTIONS (e.g. --require) would load foreign code into the main process. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect and friends would open a debugger on the main process. */
  EnableNodeCliInspectArguments: false,
  /** The asar's header hash is checked against the one recorded in the binary (macOS, Windows). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Only app.asar is loaded, so a planted resources/app folder is never run instead. */
  OnlyLoadAppFromAsar: true,
  /**
   * Left as Electron ships it (off): it only picks a separate V8 snapshot file for the main
   * process, and the app ships none; on, Electron would look for a file that is not there.
   */
  LoadBrowserProcessSpecificV8Snapshot: false,
  /** The app serves its pages from app://, so file:// needs none of its legacy privileges. */
  GrantFileProtocolExtraPrivileges: false,
  /**
   * Left as Electron ships it (on): V8's out-of-bounds traps for WebAssembly are a safety net,
   * not an opening; off would only make any WebAssembly slower.
   */
  WasmTrapHandlers: true,
} as const satisfies Record<FuseName, boolean>;

/** The table as @electron/fuses' wire options: fuse index → on/off. */
export function fuseWire(): Record<FuseV1Options, boolean> {
  const names = Object.keys(FUSES) as FuseName[];
  return Object.fromEntries(names.map((name) => [FuseV1Options[name], FUSES[name]])) as Record<
    FuseV1Options,
    boolean
  >;
}
