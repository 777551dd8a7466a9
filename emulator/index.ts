/**
 * The sandbox tenant's public entry: an offline Microsoft identity platform on 127.0.0.1 over
 * HTTPS (every sign-in grant, the browser pages, admin consent) and a slice of each service's
 * API (Graph, SharePoint, Management Activity, ARM, Viva Engage), with test controls.
 */
export { startEmulator } from './start-emulator.js';
export type {
  EmulatorControl,
  ReadyInfo,
  RequestLogEntry,
  RunningEmulator,
  StartEmulatorOptions,
} from './public-api.js';
