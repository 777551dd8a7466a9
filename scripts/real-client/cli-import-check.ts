/**
 * The import from the CLI for Microsoft 365, on files the real CLI wrote against the sandbox:
 * the CLI signs in (device code and client secret, then a certificate), a real DeskCore (real
 * msal-node, conf store, test cipher) imports its connections from the CLI's home folder, each
 * gets a token without a sign-in, then the CLI's plaintext is removed: its token files are gone,
 * the CLI is logged out, and M365 Desk stays connected after a restart.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../emulator/index';
import type { CommandInput, CommandName, CommandOutput, ServiceId } from '../../preload/contract';
import { CLI_FILES } from '../../main/core/cli-import/cli-files';
import { createDeskCore, type DeskCore } from '../../main/core/desk-core';
import { AesGcmTestCipher } from '../../main/core/testing/aes-gcm-test-cipher';
import { openConfStore } from '../../main/core/testing/conf-store';
import type { CliResult } from './cli-runner';

type Cli = (args: string[], onOutput?: (soFar: string) => void) => Promise<CliResult>;
type Check = [name: string, run: () => Promise<void>];

function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** A DeskCore on a fresh store that looks for the CLI's files in `home`. */
function deskOn(emulator: RunningEmulator, home: string) {
  const storeDir = mkdtempSync(join(tmpdir(), 'real-client-desk-'));
  const cipher = new AesGcmTestCipher();
  const make = (): DeskCore => {
    const { store, secrets, notices } = openConfStore(storeDir);
    return createDeskCore({
      host: 'chromium-bridge',
      version: 'real-client',
      store,
      secrets,
      startupNotices: notices,
      cipher,
      browser: { open: async () => undefined },
      events: { emit: () => undefined },
      sandbox: { ready: async () => emulator.info },
      env: {},
      cliHome: home,
    });
  };
  let core = make();
  return {
    async value<C extends CommandName>(command: C, input: CommandInput<C>) {
      const answer = await core.router.dispatch(command, input);
      if (!answer.ok) throw new Error(`${command}: ${answer.code}: ${answer.message}`);
      return answer.value as CommandOutput<C>;
    },
    async restart() {
      await core.close();
      core = make();
    },
    close: () => core.close(),
  };
}

/** The checks, run after the others (which leave the CLI logged out). */
export function importChecks(
  emulator: RunningEmulator,
  cli: Cli,
  home: string,
  pem: string,
): Check[] {
  const { info } = emulator;
  const admin = info.users.find((u) => u.roles.includes('Global Administrator'))!;
  const root = info.sharepoint.rootUrl;
  const app = info.confidentialClient;
  const desk = deskOn(emulator, home);
  const ok = async (args: string[], onOutput?: (soFar: string) => void) => {
    const result = await cli(args, onOutput);
    must(
      result.code === 0,
      `m365 ${args.slice(0, 2).join(' ')} exit ${result.code}\n${result.stdout}${result.stderr}`,
    );
  };
  const connected = async (services: ServiceId[]) => {
    const statuses = await desk.value('service.refreshAll', {});
    for (const id of services) {
      const state = statuses.find((s) => s.serviceId === id)?.state;
      must(state === 'connected', `${id} is ${state ?? 'missing'}`);
    }
  };
  const importAll = async (expected: number) => {
    const scan = await desk.value('cliImport.scan', {});
    must(scan.problems.length === 0, `problems: ${JSON.stringify(scan.problems)}`);
    must(scan.connections.length === expected, `found ${JSON.stringify(scan.connections)}`);
    const cache = readFileSync(join(home, CLI_FILES.msalCache), 'utf8');
    const secrets = [app.secret, ...[...cache.matchAll(/"secret":"([^"]+)"/g)].map((m) => m[1]!)];
    must(!secrets.some((s) => JSON.stringify(scan).includes(s)), 'a token or secret was shown');
    const done = await desk.value('cliImport.run', { names: scan.connections.map((c) => c.name) });
    must(done.imported.length === expected && done.canRemovePlaintext, JSON.stringify(done));
  };
  const plaintextGone = async () => {
    await desk.value('cliImport.removePlaintext', {});
    for (const file of [CLI_FILES.msalCache, CLI_FILES.connection, CLI_FILES.allConnections]) {
      must(!existsSync(join(home, file)), `${file} is still there`);
    }
    const status = await cli(['status', '--output', 'json']);
    must(status.stdout.includes('Logged out'), `m365 status: ${status.stdout}${status.stderr}`);
  };

  return [
    [
      'import: the CLI signs in by device code and by secret, and uses Graph and SharePoint',
      async () => {
        const approved = new Set<string>();
        await ok(['login', '--authType', 'deviceCode', '--connectionName', 'person'], (out) => {
          const code = /enter the code ([A-Z0-9]{9}) /.exec(out)?.[1];
          if (code && !approved.has(code)) {
            approved.add(code);
            emulator.control.approveDeviceCode(code, admin.upn);
          }
        });
        await ok(['entra', 'user', 'list', '--output', 'json']);
        await ok(['spo', 'web', 'get', '--url', root, '--output', 'json']);
        await ok([
          'login',
          '--authType',
          'secret',
          '--connectionName',
          'app-secret',
          '--appId',
          app.clientId,
          '--tenant',
          info.tenantId,
          '--secret',
          app.secret,
        ]);
        await ok(['entra', 'user', 'list', '--output', 'json']);
      },
    ],
    [
      'import: both connections imported from the real CLI files, none shown with a token or secret',
      () => importAll(2),
    ],
    [
      'import: each imported connection gets a token without a sign-in',
      () => connected(['graph', 'entra', 'sharepoint']),
    ],
    ['import: plaintext removed, the CLI token files gone, the CLI logged out', plaintextGone],
    [
      'import: M365 Desk stays connected after a restart',
      async () => {
        await desk.restart();
        await connected(['graph', 'entra', 'sharepoint']);
      },
    ],
    [
      'import: a certificate connection from the real CLI, SharePoint app-only',
      async () => {
        await ok([
          'login',
          '--authType',
          'certificate',
          '--connectionName',
          'app-cert',
          '--appId',
          app.clientId,
          '--tenant',
          info.tenantId,
          '--certificateFile',
          pem,
        ]);
        await ok(['spo', 'web', 'get', '--url', root, '--output', 'json']);
        await importAll(1);
        await connected(['sharepoint']);
        await plaintextGone();
        await desk.close();
      },
    ],
  ];
}
