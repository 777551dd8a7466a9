/**
 * docs/security-checklist.md keeps its word: all 20 items of Electron's checklist, and each
 * names at least one test file that exists (a renamed or deleted test fails here, not silently
 * in the document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const checklist = readFileSync(join(REPO, 'docs/security-checklist.md'), 'utf8');

interface Row {
  item: number;
  name: string;
  tests: string[];
}

function rows(): Row[] {
  return checklist
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const testCell = cells[4] ?? '';
      const tests = [...testCell.matchAll(/`([^`]+\.test\.tsx?)`/g)].map((m) => m[1]!);
      return { item: Number(cells[1]), name: cells[2] ?? '', tests };
    });
}

/** Every test file of the repository, by path, outside node_modules and build output. */
function testFiles(): string[] {
  const skip = new Set(['node_modules', 'out', 'out-test', 'dist', '.git']);
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (/\.test\.tsx?$/.test(entry.name)) found.push(path);
    }
  };
  walk(REPO, '');
  return found;
}

describe('docs/security-checklist.md', () => {
  const table = rows();
  const files = testFiles();

  it("lists Electron's 20 items, in order", () => {
    expect(table.map((row) => row.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(table.map((row) => [row.item, row.name, row] as const))(
    'item %i (%s) names a test file that exists',
    (_item, _name, row) => {
      expect(row.tests.length).toBeGreaterThan(0);
      for (const test of row.tests) {
        // A bare file name must still point at exactly one file.
        const matches = test.includes('/')
          ? files.filter((file) => file === test)
          : files.filter((file) => basename(file) === test);
        expect(matches, test).toHaveLength(1);
      }
    },
  );
});
