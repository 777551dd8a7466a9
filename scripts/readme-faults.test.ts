/**
 * The README's "Faults survived" is the list of fault tests, kept true: every fault test file
 * is named there, every test file named there exists, and the scenarios number at least 20
 * (issue 16), counted both as the README's lines and as the tests' `fault:` blocks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const FAULT_FILE = /\.fault\.int\.test\.ts$/;

function faultSection(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('### Faults survived');
  if (start < 0) throw new Error('README.md has no "### Faults survived" section');
  const body = start + '### Faults survived'.length;
  const next = readme.slice(body).search(/^#{2,3} /m);
  return next < 0 ? readme.slice(start) : readme.slice(start, body + next);
}

function faultFiles(): string[] {
  return ['main', 'emulator']
    .flatMap((folder) =>
      readdirSync(join(REPO, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && FAULT_FILE.test(entry.name))
        .map((entry) => relative(REPO, join(entry.parentPath, entry.name))),
    )
    .sort();
}

describe("the README's faults survived", () => {
  const section = faultSection();
  const named = [...section.matchAll(/`([\w./-]+\.test\.ts)`/g)].map((m) => m[1]!);

  it('names every fault test file', () => {
    const files = faultFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !named.includes(file))).toEqual([]);
  });

  it('names only test files that exist', () => {
    expect(named.filter((file) => !existsSync(join(REPO, file)))).toEqual([]);
  });

  it('lists at least 20 scenarios, and the fault tests hold at least 20', () => {
    const lines = section.split('\n').filter((line) => line.startsWith('- '));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    const blocks = faultFiles().flatMap((file) => [
      ...readFileSync(join(REPO, file), 'utf8').matchAll(/describe\(\s*['"`]fault: /g),
    ]);
    expect(blocks.length).toBeGreaterThanOrEqual(20);
  });
});
