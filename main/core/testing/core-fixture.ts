/**
 * TEST ONLY. A real core (real MSAL, conf store, AES-GCM test cipher) against a real emulator
 * over HTTPS, with the events it emits collected. "Restart" builds a new core on the same store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import type { EventName } from '../../../preload/contract';
import { createDeskCore, type DeskCore } from '../desk-core';
import { AesGcmTestCipher } from './aes-gcm-test-cipher';
import { confStore } from './conf-store';

export interface CoreFixture {
  emulator: RunningEmulator;
  core: DeskCore;
  storeDir: string;
  events: { name: EventName; payload: unknown }[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startCoreFixture(): Promise<CoreFixture> {
  const emulator = await startEmulator({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'core-emu-')),
    deviceCodeIntervalSeconds: 1,
  });
  const storeDir = mkdtempSync(join(tmpdir(), 'core-store-'));
  const cipher = new AesGcmTestCipher();
  const events: CoreFixture['events'] = [];
  const make = () =>
    createDeskCore({
      host: 'chromium-bridge',
      version: 'test',
      store: confStore(storeDir),
      cipher,
      browser: { open: async () => undefined },
      events: { emit: (name, payload) => events.push({ name, payload }) },
      sandbox: { ready: async () => emulator.info },
      env: {},
    });
  const fixture: CoreFixture = {
    emulator,
    core: make(),
    storeDir,
    events,
    async restart() {
      await fixture.core.close();
      fixture.core = make();
    },
    async close() {
      await fixture.core.close();
      await emulator.close();
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
