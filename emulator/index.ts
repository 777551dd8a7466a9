/**
 * Offline Microsoft identity platform emulator for M365 Desk: an HTTPS authority on
 * 127.0.0.1 with a sandbox tenant, device code sign-in and a Microsoft Graph slice.
 */
export { startEmulator } from './start-emulator.js';
export type {
  EmulatorControl,
  ReadyInfo,
  RequestLogEntry,
  RunningEmulator,
  StartEmulatorOptions,
} from './public-api.js';
