/**
 * The bench's verdict: one row per goal of issue 13 (each store size its own row), a figure
 * judged against its goal, and a closing line that counts rows, so nothing can go unmeasured
 * and still look met.
 */
import { describe, expect, it } from 'vitest';
import { formatBenchTable } from './bench-table';
import { goals, withSpreadOfSizes, type Measurement } from './goals';

const lastLine = (lines: string[]) => lines[lines.length - 1];
const rowsOf = (lines: string[]) => lines.slice(2, -2);

/** A measurement for every goal that meets it. */
const allMet: Measurement[] = goals.map((goal) => ({
  key: goal.key,
  ...(goal.size === undefined ? {} : { size: goal.size }),
  rounds: 15,
  medians: 'x',
  value: goal.key === 'first-connect' ? 200 : Math.min(goal.limit({} as Measurement), 1),
  roundTripMs: 150,
}));

describe('the bench table', () => {
  it('has the 13 rows of the issue, each store size apart', () => {
    expect(goals).toHaveLength(13);
    const lines = formatBenchTable(allMet);
    expect(rowsOf(lines)).toHaveLength(13);
    expect(lines.filter((l) => l.includes('Silent token'))).toHaveLength(3);
    expect(lines.filter((l) => l.includes('Open the store'))).toHaveLength(3);
  });

  it('ends with exactly "bench: N of M goals met"', () => {
    expect(lastLine(formatBenchTable(allMet))).toBe('bench: 13 of 13 goals met');
  });

  it('counts each size separately: one slow size is one goal missed', () => {
    const slowAt200 = allMet.map((m) =>
      m.key === 'silent-token' && m.size === 200 ? { ...m, value: 168 } : m,
    );
    const lines = formatBenchTable(slowAt200);
    expect(lastLine(lines)).toBe('bench: 12 of 13 goals met');
    const row = lines.find((l) => l.includes('Silent token') && l.includes('200 accounts'))!;
    expect(row).toMatch(/168 ms .*\| no +\|$/);
  });

  it('counts a measure that did not run as not met, and says why', () => {
    const withoutPaint = allMet.filter((m) => m.key !== 'dashboard-paint');
    const lines = formatBenchTable(withoutPaint, { 'dashboard-paint': 'Chromium not found' });
    expect(lastLine(lines)).toBe('bench: 12 of 13 goals met');
    expect(lines.find((l) => l.includes('First dashboard paint'))).toContain(
      'no (Chromium not found)',
    );
  });

  it('counts nothing as met when nothing was measured', () => {
    expect(lastLine(formatBenchTable([]))).toBe('bench: 0 of 13 goals met');
  });

  it('judges the first connect against the round trip measured in the same run', () => {
    const connect = (value: number, roundTripMs?: number): Measurement[] => [
      { key: 'first-connect', rounds: 15, medians: 'x', value, roundTripMs },
    ];
    expect(lastLine(formatBenchTable(connect(249, 150)))).toBe('bench: 1 of 13 goals met');
    expect(lastLine(formatBenchTable(connect(301, 150)))).toBe('bench: 0 of 13 goals met');
    // Without its round trip the goal cannot be judged, so it is not met.
    expect(lastLine(formatBenchTable(connect(1)))).toBe('bench: 0 of 13 goals met');
  });

  it('never counts a figure that is not a number', () => {
    const broken = allMet.map((m) => (m.key === 'renderer-js' ? { ...m, value: NaN } : m));
    expect(lastLine(formatBenchTable(broken))).toBe('bench: 12 of 13 goals met');
  });

  it('prints each figure in its goal unit', () => {
    const lines = formatBenchTable([
      { key: 'refresh-all-due', rounds: 15, medians: 'x', value: 7.31 },
      { key: 'renderer-js', rounds: 1, medians: 'x', value: 351.04 },
      { key: 'core-memory', rounds: 5000, medians: 'x', value: 0.4 },
      { key: 'open-store', size: 200, rounds: 10, medians: 'x', value: 1610.4 },
    ]);
    const cellOf = (...texts: string[]) =>
      lines
        .find((l) => texts.every((t) => l.includes(t)))!
        .split('|')[5]!
        .trim();
    expect(cellOf('due for renewal')).toBe('7.31×');
    expect(cellOf('gzip')).toBe('351.0 KB');
    expect(cellOf('memory')).toBe('+0.40 MB');
    expect(cellOf('Open the store', '200 accounts')).toBe('1610 ms');
  });
});

describe('the spread of the sizes', () => {
  const sized = (key: Measurement['key'], values: number[]): Measurement[] =>
    [10, 50, 200].map((size, i) => ({ key, size, rounds: 20, medians: 'x', value: values[i]! }));

  it('tells, on the largest store’s row, how far apart the three sizes are', () => {
    const measured = withSpreadOfSizes([
      ...sized('open-store', [0.4, 0.3, 0.9]),
      ...sized('silent-token', [0.5, 0.5, 0.5]),
    ]);

    expect(measured.map((m) => m.note)).toEqual([
      undefined,
      undefined,
      '10 / 50 / 200: within 3.00× of each other',
      undefined,
      undefined,
      '10 / 50 / 200: within 1.00× of each other',
    ]);
  });

  it('keeps a note the row had, and says nothing when a size is missing', () => {
    const partial = sized('open-store', [0.4, 0.3, 0.9]).slice(1);
    const noted = sized('open-store', [1, 1, 2]).map((m) => ({ ...m, note: 'listed 199' }));

    expect(withSpreadOfSizes(partial).map((m) => m.note)).toEqual([undefined, undefined]);
    expect(withSpreadOfSizes(noted)[2]!.note).toBe(
      'listed 199; 10 / 50 / 200: within 2.00× of each other',
    );
  });
});
