/**
 * TEST ONLY. Counts the reads of files in one folder, however the code reads them: conf calls
 * `fs.readFileSync` on the module object, our code imports it by name (kept in step with the
 * spy by `syncBuiltinESMExports`), and an async read would go through `fs.promises.readFile`;
 * and the listings of folders in it (`readdirSync`).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { vi } from 'vitest';

export interface FileReads {
  /** The paths read so far, in order. */
  paths(): string[];
  /** The folders listed so far, in order. */
  listings(): string[];
  stop(): void;
}

export function countFileReads(dir: string): FileReads {
  const inDir = resolve(dir);
  const spies = [
    vi.spyOn(fs, 'readFileSync'),
    vi.spyOn(fs, 'readFile'),
    vi.spyOn(fs.promises, 'readFile'),
  ];
  const listings = vi.spyOn(fs, 'readdirSync');
  syncBuiltinESMExports();
  const inside = (calls: unknown[][]) =>
    calls.map(([path]) => String(path)).filter((path) => path.startsWith(inDir));
  return {
    paths: () => inside(spies.flatMap((spy) => spy.mock.calls as unknown[][])),
    listings: () => inside(listings.mock.calls),
    stop() {
      for (const spy of [...spies, listings]) spy.mockRestore();
      syncBuiltinESMExports();
    },
  };
}
