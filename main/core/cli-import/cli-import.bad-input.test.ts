/**
 * Bad input to the import from the CLI for Microsoft 365, one row each: files of an older or
 * newer CLI version, damaged JSON, a cache of another cloud, an app the tenant no longer has.
 * Each is explained in plain words, and nothing is imported, half or whole: no connection, no
 * service bound, the CLI's files as they were. The files start as the CLI writes them
 * (testing/cli-shaped-files.ts, msal-node through the sandbox proxy) and each row spoils them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { CLI_FILES, readCliFiles, type CliFileKind, type CliFileTexts } from './cli-files';
import { appOnlyLogin, deviceCodeLogin, writeConnections } from './testing/cli-shaped-files';

let f: CoreFixture;
let home: string;
let original: CliFileTexts;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'cli-home-'));
  f = await startCoreFixture({ cliHome: home, proxy: true });
  const admin = f.emulator.info.users.find((u) => u.roles.includes('Global Administrator'))!;
  const delegated = await deviceCodeLogin(f.emulator, home, admin.upn, [
    'https://graph.microsoft.com',
  ]);
  const secret = await appOnlyLogin(f.emulator, home, 'secret', ['https://graph.microsoft.com']);
  writeConnections(home, [
    { ...delegated, name: 'person' },
    { ...secret, name: 'app' },
  ]);
  original = readCliFiles(home);
}, 60_000);
afterAll(async () => f?.close());

type Json = Record<string, unknown> & { appId?: string };
const all = () => JSON.parse(original.allConnections!) as Json[];
/** The list of connections with one change, made once the CLI-shaped files are written. */
const edited = (change: (connections: Json[]) => void) => () => {
  const connections = all();
  change(connections);
  return JSON.stringify(connections);
};
const named = (connections: Json[], name: string) => connections.find((c) => c.name === name)!;
const cacheWith = (change: (text: string) => string) => () => change(original.msalCache!);

interface Row {
  what: string;
  files: Partial<Record<CliFileKind, string | (() => string) | undefined>>;
  /** A problem the scan names for the files. */
  scanProblem?: string;
  /** The problem shown on this connection. */
  connection?: [name: string, code: string];
  /** Importing these connections fails with this code. */
  run?: [names: string[], code: string];
}

const rows: Row[] = [
  {
    what: 'damaged JSON in the list of connections',
    files: { allConnections: '[{"name": "person", ', connection: undefined },
    scanProblem: 'cli_file_damaged',
  },
  {
    what: 'a damaged token cache: the person cannot come over, the app still can',
    files: { msalCache: '{"Account": {' },
    scanProblem: 'cli_file_damaged',
    connection: ['person', 'cli_cache_unreadable'],
    run: [['person'], 'cli_cache_unreadable'],
  },
  {
    what: 'files of a CLI version before 7',
    files: {
      olderTokens: '{"connection": {"active": true}}',
      allConnections: undefined,
      connection: undefined,
    },
    scanProblem: 'cli_version_older',
  },
  {
    what: 'a newer CLI version: a connection without the fields this version needs',
    files: { allConnections: edited((c) => delete named(c, 'app').appId), connection: undefined },
    scanProblem: 'cli_version_unknown',
  },
  {
    what: 'a newer CLI version: a sign-in method this version does not know',
    files: {
      allConnections: edited((c) => (named(c, 'app').authType = 'workloadIdentity')),
      connection: undefined,
    },
    connection: ['app', 'cli_version_unknown'],
    run: [['app'], 'cli_version_unknown'],
  },
  {
    what: 'a cloud this version does not know',
    files: {
      allConnections: edited((c) => (named(c, 'person').cloudType = 'Sovereign')),
      connection: undefined,
    },
    connection: ['person', 'cli_cloud_unknown'],
  },
  {
    what: 'a token cache of another cloud',
    files: {
      msalCache: cacheWith((t) => t.replaceAll('login.windows.net', 'login.chinacloudapi.cn')),
    },
    connection: ['person', 'cli_cache_other_cloud'],
    run: [['person'], 'cli_cache_other_cloud'],
  },
  {
    what: 'an app the tenant no longer has (app-only)',
    files: {
      allConnections: edited((c) => (named(c, 'app').appId = randomUUID())),
      connection: undefined,
    },
    run: [['app'], 'AADSTS700016'],
  },
  {
    what: 'an app the tenant no longer has, chosen with a good one: the good one is not kept either',
    files: {
      allConnections: edited((c) => (named(c, 'app').appId = randomUUID())),
      connection: undefined,
    },
    run: [['person', 'app'], 'AADSTS700016'],
  },
];

describe('bad input to the import from the CLI', () => {
  it.each(rows)('$what', async (row) => {
    for (const kind of Object.keys(CLI_FILES) as CliFileKind[]) {
      const given = kind in row.files ? row.files[kind] : original[kind];
      const text = typeof given === 'function' ? given() : given;
      const path = join(home, CLI_FILES[kind]);
      if (text === undefined) rmSync(path, { force: true });
      else writeFileSync(path, text);
    }
    const before = readCliFiles(home);
    const scan = await f.value('cliImport.scan', {});
    for (const problem of scan.problems) expect(problem.hint, problem.code).toBeTruthy();
    if (row.scanProblem) expect(scan.problems.map((p) => p.code)).toContain(row.scanProblem);
    if (row.connection) {
      const [name, code] = row.connection;
      const shown = scan.connections.find((c) => c.name === name);
      expect(shown?.problem?.code).toBe(code);
      expect(shown?.problem?.hint).toBeTruthy();
    }
    if (row.run) {
      const [names, code] = row.run;
      const answer = await f.invoke('cliImport.run', { names });
      expect(answer).toMatchObject({ ok: false, code });
      if (!answer.ok) expect(answer.message).toContain('Nothing was imported');
    }
    expect(await f.value('accounts.list', {})).toEqual([]);
    // What the panels were last told: nothing connected (an undone import is shown undone).
    const told = new Map<string, string>();
    for (const e of f.events) {
      if (e.name !== 'service.changed') continue;
      const status = e.payload as { serviceId: string; state: string };
      told.set(status.serviceId, status.state);
    }
    expect([...told].filter(([, state]) => state === 'connected')).toEqual([]);
    const services = await f.value('service.list', {});
    expect(services.filter((s) => s.status.state === 'connected')).toEqual([]);
    expect(readCliFiles(home)).toEqual(before);
    expect(readFileSync(join(home, CLI_FILES.msalCache), 'utf8')).toBe(before.msalCache);
  });
});
