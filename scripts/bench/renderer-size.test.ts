/** What counts as the renderer's initial JavaScript: what the page loads before it runs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryScriptsOf, initialChunks, staticImportsOf } from './renderer-size';

describe('the renderer initial JavaScript', () => {
  it('starts from the module scripts and modulepreload links of index.html', () => {
    const html = `<link rel="icon" href="./assets/icon.svg" />
      <script type="module" crossorigin src="./assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
      <link rel="stylesheet" href="./assets/index.css">`;
    expect(entryScriptsOf(html)).toEqual(['./assets/index-a1.js', './assets/vendor-b2.js']);
  });

  it('follows static imports and re-exports, minified or not, but not import()', () => {
    const code = `import{j as e,r as t}from"./vendor-b2.js";import"./side-c3.js";
      export*from"./more-d4.js"; import x, { y } from './spaced-e5.js';
      const Wizard = () => import("./Wizard-f6.js");
      __vitePreload(() => import('./Dialog-g7.js'), __vite__mapDeps([0]));`;
    expect(staticImportsOf(code).sort()).toEqual(
      ['./more-d4.js', './side-c3.js', './spaced-e5.js', './vendor-b2.js'].sort(),
    );
  });

  it('walks the chunks transitively from the entry, each once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./index.js"></script>');
    writeFileSync(join(dir, 'index.js'), 'import"./a.js";import("./lazy.js");');
    writeFileSync(join(dir, 'a.js'), 'import{b}from"./b.js";import"./index.js";');
    writeFileSync(join(dir, 'b.js'), 'export const b=1;');
    writeFileSync(join(dir, 'lazy.js'), 'import"./b.js";');
    expect(initialChunks(dir).sort()).toEqual(['a.js', 'b.js', 'index.js']);
  });
});
