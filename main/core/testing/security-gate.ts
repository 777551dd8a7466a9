/**
 * The static security gate: Electronegativity (Doyensec's checker for Electron apps) over
 * main/, preload/ and renderer/ in one run, judged against waivers that each name the check,
 * the file and the offending line. Waivers keyed by check id alone let a new file with an
 * unchecked `shell.openExternal` through; here every new finding fails until it is reviewed.
 * No electron import: the gate runs in plain Node, under Vitest.
 */
import type { Dirent } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, sep } from 'node:path';
import { loadOfflineElectronegativity } from './offline-electronegativity';

/** The app's own code: the main process, the preload and the page. */
export const SCANNED_FOLDERS = ['main', 'preload', 'renderer'] as const;

export interface Finding {
  id: string;
  /** Repo-relative with `/`; null for a global check's finding that names no file. */
  file: string | null;
  line: number;
  /** Electronegativity's sample: the offending line, trimmed (CSP_GLOBAL_CHECK: the policy). */
  text: string;
}

export type Waiver =
  /** `text` must equal the finding's text; `count` (default 1) is how many findings it covers. */
  | { id: string; file: string; text: string; reason: string; count?: number }
  /** Only for a finding with no file (and so no line to name); never covers one that has a file. */
  | { id: string; global: true; reason: string };

export interface Scan {
  findings: Finding[];
  /** Whatever would let code past the scan unseen: unread files, parse errors, eng-disable. */
  blind: string[];
}

export interface Verdict {
  unwaived: Finding[];
  /** Waivers that cover no finding (stale: the code moved on) or more than they say. */
  waivers: string[];
  blind: string[];
}

/** The extensions Electronegativity's loader reads (besides package.json and lock files). */
const READ = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
/** Files that hold no code a page or a process could run, so they need no scan. */
const NOT_CODE = new Set(['.css', '.png', '.jpg', '.ico', '.woff2', '.json', '.md']);
/** The comment forms Electronegativity honours to hide a finding from its own API's result. */
const ENG_DISABLE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable/i;

interface RawIssue {
  id: string;
  file: string;
  sample?: string;
  location: { line: number };
}
type Run = (
  options: object,
  forCli: boolean,
) => Promise<{
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

/** Copies the scanned folders of `root` into a new temporary directory (without node_modules). */
export async function copyScannedFolders(root: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'security-gate-'));
  for (const folder of SCANNED_FOLDERS) {
    await cp(join(root, folder), join(dir, folder), {
      recursive: true,
      filter: (source) => basename(source) !== 'node_modules',
    });
  }
  return dir;
}

/** Why the scan would miss, or be told to ignore, the code at `path` (a file or folder). */
async function blindSpot(root: string, path: string, entry: Dirent): Promise<string | undefined> {
  const ext = extname(path).toLowerCase();
  // The loader drops every path containing node_modules, yet a bare import resolves into one.
  if (path.includes('node_modules')) return 'Electronegativity skips node_modules';
  // A link's target may lie outside the scanned folders, and the checks below see only the link.
  if (entry.isSymbolicLink()) return 'a symlink; keep the code in the scanned folders';
  if (!entry.isFile() || NOT_CODE.has(ext)) return undefined;
  if (!READ.has(ext)) return `Electronegativity does not read ${ext || 'extensionless'} files`;
  if (ENG_DISABLE.test(await readFile(join(root, path), 'utf8')))
    return 'an eng-disable comment hides findings; write a waiver instead';
  return undefined;
}

async function blindSpots(root: string): Promise<string[]> {
  const spots: string[] = [];
  for (const folder of SCANNED_FOLDERS) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (/(^|\/)node_modules\//.test(path)) continue; // inside one: reported as a whole
      const why = await blindSpot(root, path, entry);
      if (why) spots.push(`${path}: ${why}`);
    }
  }
  return spots.sort();
}

/**
 * Scans main/, preload/ and renderer/ of `root` (the repository, or a planted copy) in one
 * Electronegativity run: its global checks (CSP, navigation, permissions) need every finding
 * of the app at once, and it takes one input folder, so the three are copied into one.
 */
export async function scanFolders(root: string, electronVersion: string): Promise<Scan> {
  const blind = await blindSpots(root);
  const dir = await copyScannedFolders(root);
  try {
    const run = loadOfflineElectronegativity() as Run;
    const { issues, errors } = await run(
      {
        input: dir,
        electronVersionOverride: electronVersion, // the copy holds no package.json to read
        // It judges only the Electron version in a package.json, and the scanned folders hold
        // none; left on, it would only try to download Electron's release list on every run.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        customScan: [],
        severitySet: '',
        confidenceSet: '',
        parserPlugins: [],
      },
      false,
    );
    const inRepo = (file: string) => relative(dir, file).split(sep).join('/');
    const findings = issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? null : inRepo(issue.file),
      line: issue.location.line,
      text: issue.sample ?? '',
    }));
    findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line);
    const unparsed = errors.map(
      (e) => `${inRepo(e.file)}: ${e.tolerable ? 'parser warning' : 'not parsed'}: ${e.message}`,
    );
    return { findings, blind: [...blind, ...unparsed] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function covers(waiver: Waiver, finding: Finding): boolean {
  if (waiver.id !== finding.id) return false;
  if ('global' in waiver) return finding.file === null;
  return waiver.file === finding.file && waiver.text === finding.text;
}

export function judge(scan: Scan, waivers: readonly Waiver[]): Verdict {
  const unwaived = scan.findings.filter((f) => !waivers.some((w) => covers(w, f)));
  const problems = waivers.flatMap((w) => {
    const covered = scan.findings.filter((f) => covers(w, f)).length;
    const expected = 'global' in w ? 1 : (w.count ?? 1);
    if (covered === expected) return [];
    const name = 'global' in w ? `${w.id} (global)` : `${w.id} in ${w.file}: ${w.text}`;
    return covered === 0
      ? [`stale waiver ${name}: it matches no finding; update or remove it`]
      : [`waiver ${name} matches ${covered} findings, not ${expected}: review the new ones`];
  });
  return { unwaived, waivers: problems, blind: scan.blind };
}

/** Everything wrong, one line each; an empty list is a pass. */
export function problems(verdict: Verdict): string[] {
  return [
    ...verdict.unwaived.map(
      (f) => `unwaived ${f.id} at ${f.file ?? '(no file)'}:${f.line}: ${f.text}`,
    ),
    ...verdict.waivers,
    ...verdict.blind,
  ];
}
