/**
 * The built renderer the size and paint measures read: `out/renderer`, built first with
 * `npm run build` when it is missing or older than any source it is built from, so the bench
 * never measures yesterday's renderer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { progress } from './stats';

export const RENDERER_OUT = resolve('out/renderer');

/** What the renderer build reads besides renderer/ itself. */
const BUILD_INPUTS = ['renderer', 'preload/contract', 'electron.vite.config.ts', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

export function ensureRendererBuilt(): void {
  const index = join(RENDERER_OUT, 'index.html');
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestChange(resolve(p))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  progress(existsSync(index) ? 'out/ is older than the sources: npm run build' : 'npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
}
