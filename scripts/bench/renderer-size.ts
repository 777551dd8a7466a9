/**
 * Renderer initial JavaScript, gzip: what the window must load before it can show anything.
 * From out/renderer/index.html, the module entry scripts and modulepreload links, and every
 * chunk those import statically, transitively. Chunks reached only through `import()` load on
 * first use and do not count. Each file is gzipped on its own (level 9, as served compressed);
 * KB are 1,024 bytes. The build it reads is made first when it is missing or older than any
 * source it is built from, so the bench never measures yesterday's renderer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './goals';
import { progress } from './timing';

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

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of the page. */
export function entryScriptsOf(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const isModule = /\btype=["']module["']/.test(tag) || /\brel=["']modulepreload["']/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if (isModule && url) urls.push(url);
  }
  return urls;
}

/**
 * Static imports and re-exports of a built chunk (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export*from"./x.js"`), relative ones only: a built renderer imports nothing else.
 * `import("./x.js")` is lazy and is left out.
 */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Every file the page loads before it runs, relative to the renderer folder. */
export function initialChunks(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImportsOf(code)) visit(resolve(dirname(file), spec));
  };
  for (const url of entryScriptsOf(html)) visit(resolve(dir, url.replace(/^\//, '')));
  return [...seen].map((file) => relative(dir, file));
}

export function measureRendererSize(): Measurement {
  ensureRendererBuilt();
  const chunks = initialChunks(RENDERER_OUT);
  const bytes = chunks.reduce(
    (sum, chunk) => sum + gzipSync(readFileSync(join(RENDERER_OUT, chunk)), { level: 9 }).length,
    0,
  );
  const raw = chunks.reduce(
    (sum, chunk) => sum + readFileSync(join(RENDERER_OUT, chunk)).length,
    0,
  );
  progress(`renderer initial JS: ${chunks.join(', ')}`);
  return {
    key: 'renderer-js',
    rounds: 1,
    medians: `${chunks.length} file(s), ${(raw / 1024).toFixed(0)} KB before gzip`,
    value: bytes / 1024,
  };
}
