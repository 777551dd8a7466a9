/**
 * `npm run test:real-client`: the sandbox as a tool nobody here wrote sees it. A pinned,
 * unmodified CLI for Microsoft 365 (installed on first use, see cli-install.ts) reaches the
 * sandbox under Microsoft's own host names through the sandbox proxy, and signs in by device
 * code, client secret and certificate, shows its status, lists and gets users, reads SharePoint
 * webs and sites, and logs out; then M365 Desk imports the connections the CLI made (device code,
 * secret, certificate) from its files and removes its plaintext (cli-import-check.ts). Prints one line per check and `N passed, N failed`; exits 1 if
 * any failed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/index';
import type { RunningEmulator } from '../../emulator/index';
import { importChecks } from './cli-import-check';
import { ensureCli, pinnedVersion } from './cli-install';
import { cliEnvironment, jsonOutput, runCli } from './cli-runner';
import type { CliResult } from './cli-runner';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** One check: its name and what must hold. */
type Check = [name: string, run: () => Promise<void>];

function expectThat(condition: boolean, what: string, result?: CliResult): void {
  if (condition) return;
  const output = result ? `\n${result.stdout}${result.stderr}` : '';
  throw new Error(`${what}${output}`);
}

/** Runs `m365 ...args`; `onOutput` sees the output as it comes. */
type Cli = (args: string[], onOutput?: (soFar: string) => void) => Promise<CliResult>;

function checks(emulator: RunningEmulator, cli: Cli, scratch: string, home: string): Check[] {
  const { info } = emulator;
  const admin = info.users.find((u) => u.roles.includes('Global Administrator'))!;
  const root = info.sharepoint.rootUrl;
  const app = info.confidentialClient;
  const status = async (authType: string, connectedAs: string) => {
    const result = await cli(['status', '--output', 'json']);
    const body = jsonOutput<{ authType?: string; connectedAs?: string }>(result);
    expectThat(body.authType === authType && body.connectedAs === connectedAs, 'status', result);
  };
  const ok = async (args: string[]) => {
    const result = await cli(args);
    expectThat(
      result.code === 0,
      `m365 ${args[0] ?? ''} ${args[1] ?? ''} exit ${result.code}`,
      result,
    );
    return result;
  };
  const loggedOut = async () => {
    await ok(['logout']);
    const result = await cli(['status', '--output', 'json']);
    expectThat(jsonOutput<unknown>(result) === 'Logged out', 'status after logout', result);
  };
  // The CLI reads one PEM holding the private key and the certificate.
  const pem = join(scratch, 'app-only.pem');
  writeFileSync(
    pem,
    `${readFileSync(app.keyFile, 'utf8').trim()}\n${readFileSync(app.certFile, 'utf8')}`,
  );

  return [
    [
      'device code sign-in (login.microsoftonline.com/devicelogin)',
      async () => {
        // The person: reads the code the CLI prints and approves it as the administrator.
        const approved = new Set<string>();
        const result = await cli(['login', '--authType', 'deviceCode'], (out) => {
          const code = /enter the code ([A-Z0-9]{9}) /.exec(out)?.[1];
          if (code && !approved.has(code)) {
            approved.add(code);
            emulator.control.approveDeviceCode(code, admin.upn);
          }
        });
        expectThat(result.code === 0 && approved.size === 1, 'login --authType deviceCode', result);
        expectThat(
          `${result.stdout}${result.stderr}`.includes(
            'https://login.microsoftonline.com/devicelogin',
          ),
          'verification URL',
          result,
        );
      },
    ],
    ['status names the signed-in administrator', () => status('deviceCode', admin.upn)],
    [
      'entra user list: every sandbox user',
      async () => {
        const users = jsonOutput<{ userPrincipalName: string }[]>(
          await ok(['entra', 'user', 'list', '--output', 'json']),
        );
        const upns = users.map((u) => u.userPrincipalName).sort();
        expectThat(
          JSON.stringify(upns) === JSON.stringify(info.users.map((u) => u.upn).sort()),
          `users ${upns.join(',')}`,
        );
      },
    ],
    [
      'entra user list --properties: only those properties',
      async () => {
        const users = jsonOutput<Record<string, unknown>[]>(
          await ok(['entra', 'user', 'list', '--properties', 'id,displayName', '--output', 'json']),
        );
        expectThat(
          users.length === info.users.length &&
            users.every((u) => Object.keys(u).sort().join() === 'displayName,id'),
          'selected properties',
        );
      },
    ],
    [
      'entra user get --userName',
      async () => {
        const megan = info.users.find((u) => u.upn.startsWith('megan@'))!;
        const user = jsonOutput<{ displayName?: string }>(
          await ok(['entra', 'user', 'get', '--userName', megan.upn, '--output', 'json']),
        );
        expectThat(user.displayName === megan.displayName, `user ${JSON.stringify(user)}`);
      },
    ],
    [
      'spo web get: the root web',
      async () => {
        const web = jsonOutput<{ Title?: string; Url?: string }>(
          await ok(['spo', 'web', 'get', '--url', root, '--output', 'json']),
        );
        expectThat(
          web.Url === root && web.Title === 'Contoso sandbox',
          `web ${JSON.stringify(web)}`,
        );
      },
    ],
    [
      'spo web list: the subsites (none)',
      async () => {
        const webs = jsonOutput<unknown[]>(
          await ok(['spo', 'web', 'list', '--url', root, '--output', 'json']),
        );
        expectThat(Array.isArray(webs) && webs.length === 0, `webs ${JSON.stringify(webs)}`);
      },
    ],
    [
      'spo site get: a site collection',
      async () => {
        const site = jsonOutput<{ Url?: string }>(
          await ok(['spo', 'site', 'get', '--url', `${root}/sites/hr`, '--output', 'json']),
        );
        expectThat(site.Url === `${root}/sites/hr`, `site ${JSON.stringify(site)}`);
      },
    ],
    ['logout', loggedOut],
    [
      'client secret sign-in, then the directory as the app',
      async () => {
        await ok([
          'login',
          '--authType',
          'secret',
          '--appId',
          app.clientId,
          '--tenant',
          info.tenantId,
          '--secret',
          app.secret,
        ]);
        await status('secret', 'M365 Desk app-only (sandbox)');
        const users = jsonOutput<unknown[]>(
          await ok(['entra', 'user', 'list', '--properties', 'displayName', '--output', 'json']),
        );
        expectThat(users.length === info.users.length, 'users as the app');
        await loggedOut();
      },
    ],
    [
      'certificate sign-in, then SharePoint as the app',
      async () => {
        await ok([
          'login',
          '--authType',
          'certificate',
          '--appId',
          app.clientId,
          '--tenant',
          info.tenantId,
          '--certificateFile',
          pem,
        ]);
        await status('certificate', 'M365 Desk app-only (sandbox)');
        const web = jsonOutput<{ Url?: string }>(
          await ok(['spo', 'web', 'get', '--url', root, '--output', 'json']),
        );
        expectThat(web.Url === root, `web ${JSON.stringify(web)}`);
        await loggedOut();
      },
    ],
    ...importChecks(emulator, cli, home, pem),
  ];
}

const cliEntry = ensureCli(log);
const scratch = mkdtempSync(join(tmpdir(), 'real-client-'));
const dataDir = join(scratch, 'sandbox');
const home = join(scratch, 'home');
const emulator = await startEmulator({
  port: 0,
  proxyPort: 0,
  dataDir,
  deviceCodeIntervalSeconds: 1,
});
mkdirSync(home);
const env = cliEnvironment(emulator.info, home);
log(
  `CLI for Microsoft 365 ${pinnedVersion()} through the sandbox proxy ${emulator.info.proxyUrl ?? ''}`,
);
let passed = 0;
let failed = 0;
try {
  const cli: Cli = (args, onOutput) => runCli(cliEntry, env, args, onOutput);
  for (const [name, run] of checks(emulator, cli, scratch, home)) {
    try {
      await run();
      passed++;
      log(`  ✓ ${name}`);
    } catch (error) {
      failed++;
      log(`  ✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await emulator.close();
  rmSync(scratch, { recursive: true, force: true });
}
log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
