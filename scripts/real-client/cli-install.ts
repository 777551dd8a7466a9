/**
 * The pinned CLI for Microsoft 365, installed on first use into a cache folder outside the
 * project (it is about 300 MB), from this folder's package.json and its own lock file. A later
 * run with the same lock file reuses it; a changed lock file gets a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGE = '@pnp/cli-microsoft365';

/** The pinned version, as package.json names it. */
export function pinnedVersion(): string {
  const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const version = manifest.dependencies[PACKAGE];
  if (!version) throw new Error(`scripts/real-client/package.json does not pin ${PACKAGE}`);
  return version;
}

/** Installs the pinned CLI if this lock file's folder has none yet; returns its entry script. */
export function ensureCli(log: (line: string) => void): string {
  const lock = readFileSync(join(here, 'package-lock.json'));
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  const cacheRoot = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  const folder = join(cacheRoot, 'm365-desk-real-client', `${pinnedVersion()}-${key}`);
  const entry = join(folder, 'node_modules', PACKAGE, 'dist', 'index.js');
  const marker = join(folder, '.installed');
  if (existsSync(marker) && existsSync(entry)) return entry;

  log(`Installing ${PACKAGE}@${pinnedVersion()} into ${folder} (first use only)…`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(join(here, file), join(folder, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: folder,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(entry))
    throw new Error(`npm ci of ${PACKAGE} failed (exit ${String(result.status)}); see above.`);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return entry;
}
