import type { DeskApi } from './bridge';

declare global {
  interface Window {
    /** The only way the renderer talks to the app. See preload/contract.ts. */
    readonly desk: DeskApi;
  }
}
export {};
