import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ReadyInfo } from '../public-api.js';

/** A CLI emulator child process and the ready line it printed. */
export interface SpawnedEmulator {
  info: ReadyInfo;
  child: ChildProcess;
  /** Everything the child printed on stdout; must stay exactly the ready line. */
  stdoutLines: string[];
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Spawns `npx tsx emulator/cli.ts` in its own process group (so stopping it also stops the
 * npx/tsx wrappers) and waits for the single JSON ready line on stdout.
 */
export function spawnEmulatorCli(args: string[], timeoutMs = 25_000): Promise<SpawnedEmulator> {
  const child = spawn('npx', ['tsx', 'emulator/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stdoutLines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
    }
    await exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Emulator CLI not ready after ${timeoutMs} ms. stderr:\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Emulator CLI exited early (${code}). stderr:\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdoutLines.push(line);
      if (stdoutLines.length !== 1) return;
      clearTimeout(timer);
      try {
        resolve({ info: JSON.parse(line) as ReadyInfo, child, stdoutLines, stop });
      } catch (error) {
        void stop();
        reject(new Error(`First stdout line is not JSON: ${line} (${String(error)})`));
      }
    });
  });
}
