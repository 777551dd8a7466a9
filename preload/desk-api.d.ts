import type { DeskApi } from './bridge';

declare global {
  interface Window {
    /** The only way the renderer talks to the app. See preload/contract/. */
    readonly desk: DeskApi;
  }
}
export {};
