/**
 * TEST ONLY. What the network fault scenarios share: the requests a service or the token endpoint
 * got, short bounds for the scenarios that wait on a timeout, and the emulator stopped and
 * started again on its port. (What the store keeps, to compare: testing/kept-in-store.ts.)
 */
import { startEmulator } from '../../../emulator/index';
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import type { NetworkBounds } from '../net/network-bounds';
import {
  signInByDeviceCode,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

/** The requests the emulator got on paths that match, answered or not. */
export const requestsTo = (f: CoreFixture, path: RegExp) =>
  f.emulator.control.requests().filter((r) => path.test(r.path));

export const TOKEN_ENDPOINT = /\/oauth2\/v2\.0\/token$/;
export const GRAPH_API = /^\/graph\//;
export const SHAREPOINT_API = /^\/sharepoint\//;

/** Bounds short enough that a scenario waiting on a timeout takes about a second. */
export const SHORT_BOUNDS: NetworkBounds = {
  tokenTimeoutMs: 1_000,
  probeTimeoutMs: 800,
  retryDelaysMs: [50, 100],
  longestRetryAfterMs: 1_500,
};

export const admin = (f: CoreFixture) => userWithRole(f, 'Global Administrator').upn;

/** One device code sign-in as the Global Administrator, then Connect all: six panels connected. */
export async function connectAllSix(f: CoreFixture): Promise<ServiceStatus[]> {
  const graph = valueOf(await signInByDeviceCode(f, 'graph', admin(f)));
  const all = await f.value('service.connectAll', { connectionId: graph.connectionId! });
  return all.services.map((entry) => entry.status!);
}

/** The panels' states by service, as Refresh all answered them. */
export const statesOf = (statuses: ServiceStatus[]) =>
  Object.fromEntries(statuses.map((s) => [s.serviceId, s.state])) as Record<ServiceId, string>;

/** Stops the emulator: nothing listens on its port any more. */
export async function stopEmulator(f: CoreFixture): Promise<void> {
  await f.emulator.close();
}

/** Starts the emulator again on the same port and folder: same CA, tenant and grants. */
export async function startEmulatorAgain(f: CoreFixture): Promise<void> {
  f.emulator = await startEmulator({
    port: Number(new URL(f.emulator.info.url).port),
    dataDir: f.emulatorDir,
    deviceCodeIntervalSeconds: 1,
  });
}
