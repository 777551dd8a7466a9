/**
 * Core memory after 5,000 Refresh all rounds: flat means the heap after a full GC grows by at
 * most FLAT_HEAP_GROWTH_MB (goals.ts says why that much) from round 500, when start-up, JIT and
 * MSAL's caches have settled, to round 5,000. No latency, to keep the run short.
 *
 * The core runs in a child process (core-memory-child.ts): in this one the emulator shares the
 * heap and keeps a log entry of every request it answers, which would look like a leak.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { MemoryRunConfig, MemorySample } from './core-memory-child';
import type { Measurement } from './goals';
import type { SandboxWorld } from './sandbox-world';
import { progress } from './timing';

const CHILD = fileURLToPath(new URL('./core-memory-child.ts', import.meta.url));
const mb = (bytes: number) => bytes / 1024 / 1024;

async function runChild(config: MemoryRunConfig): Promise<MemorySample[]> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_MEMORY_RUN: JSON.stringify(config) },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const samples: MemorySample[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith('{')) continue;
    const sample = JSON.parse(line) as MemorySample;
    samples.push(sample);
    progress(
      `core memory: round ${sample.round}, heap ${mb(sample.heapUsed).toFixed(2)} MB, ` +
        `${sample.connected} of 6 connected`,
    );
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the memory run exited with ${code}`);
  return samples;
}

export async function measureCoreMemory(
  world: SandboxWorld,
  rounds: number,
  every: number,
): Promise<Measurement> {
  const { f } = world;
  const storeDir = mkdtempSync(join(tmpdir(), 'bench-memory-store-'));
  cpSync(f.storeDir, storeDir, { recursive: true });
  progress(`core memory: ${rounds} Refresh all rounds in a child process, no latency`);
  try {
    const samples = await runChild({
      storeDir,
      key: f.cipher.key.toString('hex'),
      sandbox: f.emulator.info,
      rounds,
      every,
    });
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (!first || !last || last.round !== rounds) throw new Error('the memory run stopped early');
    const notConnected = samples.filter((s) => s.connected !== 6).length;
    return {
      key: 'core-memory',
      rounds,
      medians:
        `heap ${mb(first.heapUsed).toFixed(2)} MB at round ${first.round}, ` +
        `${mb(last.heapUsed).toFixed(2)} MB at ${last.round} ` +
        `(external ${mb(first.external).toFixed(2)} → ${mb(last.external).toFixed(2)} MB)`,
      value: mb(last.heapUsed - first.heapUsed),
      ...(notConnected ? { note: `${notConnected} sample(s) had panels not connected` } : {}),
    };
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
}
