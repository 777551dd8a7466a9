/**
 * The memory run's child process (started by core-memory.ts with --expose-gc): a core alone in
 * its heap, on a copy of a store with six connected services, talking to the bench's emulator
 * over HTTPS. It runs Refresh all `rounds` times and, every `every` rounds, collects garbage
 * and prints one JSON line: the round, the heap in use, external memory and connected panels.
 */
import type { SandboxReadyInfo } from '../../main/core/cloud-catalog';
import { AesGcmTestCipher } from '../../main/core/testing/aes-gcm-test-cipher';
import type { ServiceStatus } from '../../preload/contract';
import { openCoreOnStore } from './scratch-stores';

export interface MemoryRunConfig {
  storeDir: string;
  /** The store's AES-GCM test key, hex. */
  key: string;
  sandbox: SandboxReadyInfo;
  rounds: number;
  every: number;
}

export interface MemorySample {
  round: number;
  heapUsed: number;
  external: number;
  connected: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('start this with node --expose-gc');
const config = JSON.parse(process.env.BENCH_MEMORY_RUN ?? '') as MemoryRunConfig;
const core = openCoreOnStore({
  storeDir: config.storeDir,
  cipher: new AesGcmTestCipher(Buffer.from(config.key, 'hex')),
  sandbox: config.sandbox,
});
try {
  for (let round = 1; round <= config.rounds; round++) {
    const result = await core.router.dispatch('service.refreshAll', {});
    if (!result.ok) throw new Error(`service.refreshAll: ${result.code}: ${result.message}`);
    if (round % config.every !== 0) continue;
    const connected = (result.value as ServiceStatus[]).filter(
      (status) => status.state === 'connected',
    ).length;
    gc();
    gc(); // a second pass frees what the first one's finalizers let go
    const { heapUsed, external } = process.memoryUsage();
    const sample: MemorySample = { round, heapUsed, external, connected };
    console.log(JSON.stringify(sample));
  }
} finally {
  await core.close();
}
