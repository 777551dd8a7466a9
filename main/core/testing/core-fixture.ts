/**
 * TEST ONLY. A real core (real MSAL, conf store, AES-GCM test cipher) against a real emulator
 * over HTTPS, with the events it emits collected. "Restart" builds a new core on the same store.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import type { StartEmulatorOptions } from '../../../emulator/public-api';
import type {
  CommandInput,
  CommandName,
  CommandOutput,
  EventName,
  Result,
  ServiceId,
  ServiceStatus,
} from '../../../preload/contract';
import type { Backoff } from '../app-setup/replication-wait';
import type { NetworkBounds } from '../net/network-bounds';
import { createDeskCore, type DeskCore } from '../desk-core';
import { contractEventSink } from '../ipc/event-gate';
import type { BrowserOpener, Cipher, FileSaver, SignInWindow } from '../ports';
import { AesGcmTestCipher } from './aes-gcm-test-cipher';
import { openConfStore } from './conf-store';
import type { FaultyDisk } from './faulty-disk';

export interface CoreFixture {
  /** The running emulator; a test may stop it and start another on its port and folder. */
  emulator: RunningEmulator;
  /** The emulator's folder (its CA, keys, tenant and grants), to start it again as it was. */
  emulatorDir: string;
  core: DeskCore;
  storeDir: string;
  /** The cipher the store was opened with at first (a restart may pass another). */
  cipher: AesGcmTestCipher;
  events: { name: EventName; payload: unknown }[];
  /** Sends a command as the renderer would, typed from the contract; answers its `Result`. */
  invoke<C extends CommandName>(
    command: C,
    input: CommandInput<C>,
  ): Promise<Result<CommandOutput<C>>>;
  /** The command's output; if it answers a problem, the test fails with its code and message. */
  value<C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>>;
  /** A new core on the same store; pass another cipher to model a changed keystore. */
  restart(withCipher?: Cipher): Promise<void>;
  /**
   * Another core on the same store, beside this one (a second copy of the app): `core` is left
   * as it is; assign the result to it to talk to the second one. The caller closes it.
   */
  another(withCipher?: Cipher): DeskCore;
  close(): Promise<void>;
}

export async function startCoreFixture(
  options: {
    vivaEngage?: boolean;
    env?: Record<string, string>;
    browser?: BrowserOpener;
    signInWindow?: SignInWindow;
    signInTimeoutMs?: number;
    loopbackPort?: number;
    replicationBackoff?: Backoff;
    networkBounds?: NetworkBounds;
    /** The disk the store is on, for tests that make it refuse writes. */
    disk?: FaultyDisk;
    /** Starts the emulator (in a worker thread, for a clock of its own: emulator-in-worker.ts). */
    startEmulator?: (options: StartEmulatorOptions) => Promise<RunningEmulator>;
    /** Where the core looks for the CLI for Microsoft 365's files (cli-import). */
    cliHome?: string;
    /** Start the emulator's sandbox proxy too (the CLI reaches the sandbox through it). */
    proxy?: boolean;
    fileSaver?: FileSaver;
  } = {},
): Promise<CoreFixture> {
  const emulatorDir = mkdtempSync(join(tmpdir(), 'core-emu-'));
  const emulator = await (options.startEmulator ?? startEmulator)({
    port: 0,
    dataDir: emulatorDir,
    deviceCodeIntervalSeconds: 1,
    ...(options.proxy ? { proxyPort: 0 } : {}),
  });
  if (options.vivaEngage === false) emulator.control.setVivaEngageProvisioned(false);
  const storeDir = mkdtempSync(join(tmpdir(), 'core-store-'));
  const cipher = new AesGcmTestCipher();
  const events: CoreFixture['events'] = [];
  const make = (withCipher: Cipher = cipher) => {
    const { store, secrets, notices, saves } = openConfStore(storeDir, options.disk);
    return createDeskCore({
      host: 'chromium-bridge',
      version: 'test',
      store,
      secrets,
      saves,
      startupNotices: notices,
      cipher: withCipher,
      browser: options.browser ?? { open: async () => undefined },
      ...(options.signInWindow ? { signInWindow: options.signInWindow } : {}),
      ...(options.signInTimeoutMs ? { signInTimeoutMs: options.signInTimeoutMs } : {}),
      ...(options.loopbackPort ? { loopbackPort: options.loopbackPort } : {}),
      ...(options.replicationBackoff ? { replicationBackoff: options.replicationBackoff } : {}),
      ...(options.networkBounds ? { networkBounds: options.networkBounds } : {}),
      ...(options.cliHome ? { cliHome: options.cliHome } : {}),
      ...(options.fileSaver ? { fileSaver: options.fileSaver } : {}),
      // What the renderer would get: the payload as the contract parses it.
      events: contractEventSink((name, payload) => events.push({ name, payload })),
      sandbox: { ready: async () => fixture.emulator.info },
      env: options.env ?? {},
    });
  };
  const fixture: CoreFixture = {
    emulator,
    emulatorDir,
    core: make(),
    storeDir,
    cipher,
    events,
    // The router parses every output against the contract, so an ok value is that output.
    invoke: (command, input) =>
      fixture.core.router.dispatch(command, input) as Promise<
        Result<CommandOutput<typeof command>>
      >,
    value: async (command, input) => valueOf(await fixture.invoke(command, input)),
    another: (withCipher?: Cipher) => make(withCipher),
    async restart(withCipher?: Cipher) {
      await fixture.core.close();
      fixture.core = make(withCipher);
    },
    async close() {
      await fixture.core.close();
      await fixture.emulator.close();
    },
  };
  return fixture;
}

/** Resolves with the next device code prompt the core emits. */
export async function nextDeviceCode(
  fixture: CoreFixture,
): Promise<{ flowId: string; userCode: string }> {
  for (let i = 0; i < 200; i++) {
    const prompt = [...fixture.events].reverse().find((e) => e.name === 'signIn.deviceCode');
    if (prompt) {
      fixture.events.splice(fixture.events.indexOf(prompt), 1);
      return prompt.payload as { flowId: string; userCode: string };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('No device code was issued');
}

/** Runs a device code sign-in for `serviceId` and approves it as `upn` through the emulator. */
export async function signInByDeviceCode(
  fixture: CoreFixture,
  serviceId: ServiceId,
  upn: string,
  siteUrl?: string,
): Promise<Result<ServiceStatus>> {
  const pending = fixture.invoke('signIn.deviceCode', {
    serviceId,
    cloud: 'sandbox',
    ...(siteUrl ? { siteUrl } : {}),
  });
  const { userCode } = await nextDeviceCode(fixture);
  if (!fixture.emulator.control.approveDeviceCode(userCode, upn))
    throw new Error(`could not approve as ${upn}`);
  return pending;
}

/**
 * Signs the sandbox's daemon app in app-only for `serviceId`, with its client secret or its
 * certificate; answers the connection's id.
 */
export async function signInAppOnly(
  fixture: CoreFixture,
  serviceId: ServiceId,
  kind: 'secret' | 'certificate',
): Promise<string> {
  const app = fixture.emulator.info.confidentialClient;
  const credential =
    kind === 'secret'
      ? { kind, secret: app.secret }
      : {
          kind,
          certificatePem: readFileSync(app.certFile, 'utf8'),
          privateKeyPem: readFileSync(app.keyFile, 'utf8'),
        };
  const result = await fixture.invoke('signIn.appOnly', {
    serviceId,
    cloud: 'sandbox',
    tenant: fixture.emulator.info.tenantId,
    clientId: app.clientId,
    credential,
  });
  return valueOf(result).connectionId!;
}

/** The value of a successful result, or the test fails with the problem's message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

export const userWithRole = (fixture: CoreFixture, role: string | null) =>
  fixture.emulator.info.users.find((u) => (role ? u.roles.includes(role) : u.roles.length === 0))!;
