/**
 * Runs the CLI for Microsoft 365 as a person would in a shell: its own HOME (so its connection
 * file starts empty and is thrown away), `HTTPS_PROXY` pointing at the sandbox proxy and the
 * sandbox CA in `NODE_EXTRA_CA_CERTS`, nothing else changed.
 */
import { spawn } from 'node:child_process';
import type { ReadyInfo } from '../../emulator/index';

/** One finished CLI command. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const COMMAND_TIMEOUT_MS = 120_000;

/** The environment of every CLI command. */
export function cliEnvironment(info: ReadyInfo, home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_PROXY', 'no_proxy', 'CLIMICROSOFT365_AADAPPID']) delete env[name];
  return {
    ...env,
    HOME: home,
    USERPROFILE: home,
    HTTPS_PROXY: info.proxyUrl,
    https_proxy: info.proxyUrl,
    NODE_EXTRA_CA_CERTS: info.caFile,
    CLIMICROSOFT365_ENTRAAPPID: info.publicClientId,
    CLIMICROSOFT365_TENANT: info.tenantId,
    CLIMICROSOFT365_NOUPDATE: '1',
  };
}

/**
 * Runs `m365 ...args`; `onOutput` sees the output as it comes (the device code login reads its
 * code from it). Rejects after two minutes, killing the command.
 */
export function runCli(
  entry: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  onOutput?: (soFar: string) => void,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`m365 ${args.join(' ')} did not finish in 2 minutes.\n${stdout}${stderr}`));
    }, COMMAND_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      onOutput?.(stdout + stderr);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      onOutput?.(stdout + stderr);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The command's stdout as JSON (`--output json`), with the whole output in the error if not. */
export function jsonOutput<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `Expected JSON (exit ${String(result.code)}):\n${result.stdout}${result.stderr}`,
    );
  }
}
