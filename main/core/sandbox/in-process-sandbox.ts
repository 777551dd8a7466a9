/**
 * The built-in sandbox tenant, started in this process on first use. It keeps the same port
 * across restarts when it can, because MSAL keys cached accounts by the authority's host:port.
 * Its `/_emulator/*` test controls (approve a device code, fail token requests, switch consent
 * off) are locked with a fresh random secret per run that nothing learns: the app never uses
 * them, and no other local process may steer the tenant the app signs in to.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/index';
import type { SandboxReadyInfo } from '../cloud-catalog';
import type { SandboxTenant } from '../sign-in-profiles';

export interface InProcessSandbox extends SandboxTenant {
  close(): Promise<void>;
}

export function inProcessSandbox(dataDir: string): InProcessSandbox {
  let running: Promise<RunningEmulator> | undefined;
  const portFile = join(dataDir, 'port');

  const start = async (): Promise<RunningEmulator> => {
    await mkdir(dataDir, { recursive: true });
    const savedPort = Number(await readFile(portFile, 'utf8').catch(() => '0')) || 0;
    const controlSecret = randomBytes(32).toString('base64url');
    const emulator = await startEmulator({ port: savedPort, dataDir, controlSecret }).catch(
      (error: NodeJS.ErrnoException) => {
        if (savedPort && error.code === 'EADDRINUSE')
          return startEmulator({ port: 0, dataDir, controlSecret });
        throw error;
      },
    );
    await writeFile(portFile, String(new URL(emulator.info.url).port));
    return emulator;
  };

  return {
    async ready(): Promise<SandboxReadyInfo> {
      running ??= start();
      running.catch(() => (running = undefined));
      return (await running).info;
    },
    async close() {
      if (running) await (await running).close();
      running = undefined;
    },
  };
}
