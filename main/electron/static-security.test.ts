/**
 * The static security gate (main/core/testing/security-gate.ts): Electronegativity over main/,
 * preload/ and renderer/, every finding reviewed below by check, file and line. Then the same
 * gate over a copy with bad code planted in it, which it must refuse.
 */
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  copyScannedFolders,
  judge,
  problems,
  scanFolders,
  type Finding,
  type Scan,
  type Waiver,
} from '../core/testing/security-gate';

/**
 * Findings a person has looked at, and why each is not a problem here. A global check's
 * finding names no file only when a protection is missing altogether (no CSP, no navigation
 * limit, no permission handler): there is none today, and such a finding is to be fixed, not
 * waived. A `{ id, global: true }` waiver would cover only a finding with no file.
 */
const WAIVERS: Waiver[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    text: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    reason:
      "Rated 'maybe weak' for script-src 'self' (JSONP, user uploads): 'self' is app://desk, which " +
      'serves only the built renderer (main/electron/app-protocol.ts). Same policy as the header.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/electron/index.ts',
    text: 'preload: layout.preload,',
    reason: 'preload/index.ts exposes only window.desk, built from the contract by contextBridge.',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/electron/index.ts',
    text: 'browser: { open: (url) => shell.openExternal(url) },',
    reason:
      'Only main-made URLs: the https verification URL the token service returned, by flow id ' +
      "(device-code-flow.ts), and MSAL's authorize URL for the catalog's authority " +
      '(system-browser-flow.ts). The renderer never passes a URL.',
  },
  {
    id: 'CERTIFICATE_VERIFY_PROC_JS_CHECK',
    file: 'main/electron/sign-in-window.ts',
    text: 'ses.setCertificateVerifyProc(({ hostname, certificate }, callback) => {',
    reason:
      "The sign-in window's own in-memory session trusts the sandbox's CA for the authority's " +
      "host only; every other host gets Chromium's own verdict (-3).",
  },
];

const REPO = join(import.meta.dirname, '../..');
const scans: { real?: Scan; planted?: Scan; plantedLines?: Map<string, number> } = {};

/** Bad code a careless or hostile change could add; each must surface as a finding. */
const EVIL_OPEN = [
  "import { session, shell } from 'electron';",
  'export function openFromRenderer(urlFromRenderer: string): void {',
  '  void shell.openExternal(urlFromRenderer);',
  '}',
].join('\n');
const EVIL = [
  EVIL_OPEN,
  'export function trustEveryone(): void {',
  '  session.defaultSession.setCertificateVerifyProc((_r, cb) => cb(0));',
  '}',
].join('\n');
/** The same calls on new lines in files whose old lines are waived, and a copy of one. */
const INDEX = 'main/electron/index.ts';
const SIGN_IN = 'main/electron/sign-in-window.ts';
const OPEN_AGAIN =
  'export const openAgain = (urlFromRenderer: string) => shell.openExternal(urlFromRenderer);';
const TRUST_ALL =
  'export const trustAll = (ses: Session) => ses.setCertificateVerifyProc((_r, cb) => cb(0));';
const WAIVED_OPEN = 'browser: { open: (url) => shell.openExternal(url) },';
const INTO_WAIVED: Record<string, string[]> = {
  [INDEX]: [OPEN_AGAIN, 'export const copied = {', `  ${WAIVED_OPEN}`, '};'],
  [SIGN_IN]: [TRUST_ALL],
};
// Split in two so that this file does not itself carry the directive the gate refuses.
const DIRECTIVE = ['//', 'eng-disable OPEN_EXTERNAL_JS_CHECK'].join(' ');

async function plant(dir: string): Promise<Map<string, number>> {
  await writeFile(join(dir, 'main/electron/evil.ts'), EVIL);
  for (const [file, lines] of Object.entries(INTO_WAIVED))
    await appendFile(join(dir, file), `\n${lines.join('\n')}\n`);
  // Ways around the scan rather than through it.
  await writeFile(join(dir, 'main/electron/evil.mts'), EVIL);
  await writeFile(join(dir, 'main/electron/hidden.ts'), `${DIRECTIVE}\n${EVIL_OPEN}`);
  await mkdir(join(dir, 'main/electron/node_modules/helper'), { recursive: true });
  await writeFile(join(dir, 'main/electron/node_modules/helper/index.js'), EVIL);
  const lines = new Map<string, number>();
  for (const file of ['main/electron/evil.ts', ...Object.keys(INTO_WAIVED)])
    (await readFile(join(dir, file), 'utf8'))
      .split('\n')
      .forEach((line, i) => lines.set(`${file}:${line.trim()}`, i + 1));
  return lines;
}

beforeAll(async () => {
  const { version } = JSON.parse(
    await readFile(join(REPO, 'node_modules/electron/package.json'), 'utf8'),
  ) as { version: string };
  scans.real = await scanFolders(REPO, version);
  const dir = await copyScannedFolders(REPO);
  try {
    scans.plantedLines = await plant(dir);
    scans.planted = await scanFolders(dir, version);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

/** What the gate should report for a planted line: its check, file, line number and text. */
function expected(id: string, file: string, text: string): Finding {
  const line = scans.plantedLines?.get(`${file}:${text}`);
  if (!line) throw new Error(`not planted: ${file}: ${text}`);
  return { id, file, line, text };
}

describe('the static security gate', () => {
  it('passes the app: every finding is waived, every waiver is used', () => {
    expect(problems(judge(scans.real!, WAIVERS))).toEqual([]);
  });

  it('fails a new file that opens a URL from the renderer and trusts every certificate', () => {
    const { unwaived } = judge(scans.planted!, WAIVERS);
    const evil = 'main/electron/evil.ts';
    expect(unwaived.filter((f) => f.file === evil)).toEqual([
      expected('OPEN_EXTERNAL_JS_CHECK', evil, 'void shell.openExternal(urlFromRenderer);'),
      expected(
        'CERTIFICATE_VERIFY_PROC_JS_CHECK',
        evil,
        'session.defaultSession.setCertificateVerifyProc((_r, cb) => cb(0));',
      ),
    ]);
    // The message names the check, the file, the line and its text.
    expect(problems(judge(scans.planted!, WAIVERS))).toContain(
      `unwaived OPEN_EXTERNAL_JS_CHECK at ${evil}:3: void shell.openExternal(urlFromRenderer);`,
    );
    // Everything planted, and nothing else: 4 new findings, 1 over-used waiver, 3 blind spots.
    expect(problems(judge(scans.planted!, WAIVERS))).toHaveLength(8);
  });

  it('fails the same calls on new lines in files whose old lines are waived', () => {
    const verdict = judge(scans.planted!, WAIVERS);
    expect(verdict.unwaived.filter((f) => f.file && f.file in INTO_WAIVED)).toEqual([
      expected('OPEN_EXTERNAL_JS_CHECK', INDEX, OPEN_AGAIN),
      expected('CERTIFICATE_VERIFY_PROC_JS_CHECK', SIGN_IN, TRUST_ALL),
    ]);
    // A copy of a waived line is not covered silently: the waiver says how many it covers.
    expect(verdict.waivers).toEqual([
      `waiver OPEN_EXTERNAL_JS_CHECK in ${INDEX}: ${WAIVED_OPEN} matches 2 findings, not 1: review the new ones`,
    ]);
  });

  it('fails code the scan would not see: unread files, node_modules, eng-disable comments', () => {
    expect(judge(scans.planted!, WAIVERS).blind).toEqual([
      'main/electron/evil.mts: Electronegativity does not read .mts files',
      'main/electron/hidden.ts: an eng-disable comment hides findings; write a waiver instead',
      'main/electron/node_modules: Electronegativity skips node_modules',
    ]);
    // Electronegativity itself reports none of them.
    const unseen = ['main/electron/evil.mts', 'main/electron/hidden.ts'];
    expect(scans.planted!.findings.filter((f) => unseen.includes(f.file ?? ''))).toEqual([]);
  });

  it('fails a waiver that matches no finding', () => {
    const stale: Waiver = {
      id: 'OPEN_EXTERNAL_JS_CHECK',
      file: INDEX,
      text: 'shell.openExternal(url)',
      reason: 'a line that is not there',
    };
    expect(judge(scans.real!, [...WAIVERS, stale]).waivers).toEqual([
      `stale waiver OPEN_EXTERNAL_JS_CHECK in main/electron/index.ts: shell.openExternal(url): it matches no finding; update or remove it`,
    ]);
  });

  it('lets a global waiver cover only a finding that names no file', () => {
    const global = { id: 'CSP_GLOBAL_CHECK', line: 0, text: '' };
    const scan = {
      findings: [
        { ...global, file: null },
        { ...global, file: 'renderer/other.html' },
      ],
      blind: [],
    };
    const verdict = judge(scan, [{ id: 'CSP_GLOBAL_CHECK', global: true, reason: 'test' }]);
    expect(verdict.unwaived).toEqual([{ ...global, file: 'renderer/other.html' }]);
  });
});
