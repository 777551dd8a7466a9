import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startEmulator } from '../index.js';
import type { RunningEmulator, StartEmulatorOptions } from '../index.js';
import { EmulatorClient } from './emulator-client.js';

/** A started emulator with its data dir and a protocol client. */
export interface StartedEmulator {
  emulator: RunningEmulator;
  client: EmulatorClient;
  dataDir: string;
}

/**
 * Starts an emulator in a fresh data dir before the enclosing `describe` and removes both
 * afterwards. Returns an accessor that throws if used outside the tests.
 */
export function useEmulator(
  prefix: string,
  options: Omit<StartEmulatorOptions, 'dataDir'> = {},
): () => StartedEmulator {
  let started: StartedEmulator | undefined;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), `emulator-${prefix}-`));
    const emulator = await startEmulator({ port: 0, ...options, dataDir });
    started = { emulator, client: new EmulatorClient(emulator.info), dataDir };
  });
  afterAll(async () => {
    await started?.emulator.close();
    if (started) rmSync(started.dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!started) throw new Error('emulator not started');
    return started;
  };
}
