/**
 * Prints what the bench measured as one Markdown table (so the README can show it as printed),
 * one row per goal of issue 13, and the closing line `bench: N of M goals met`.
 */
import { goals as issueGoals, measurementFor, meets, type Goal, type Measurement } from './goals';

/** Why a measure has no figure (it failed, or was not asked for), by measure key. */
export type Missing = Partial<Record<Goal['key'], string>>;

const HEADER = ['measure', 'size', 'rounds', 'median(s)', 'figure', 'goal', 'met'];

export function formatFigure(goal: Goal, value: number): string {
  if (!Number.isFinite(value)) return '—';
  switch (goal.unit) {
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'MB growth':
      return `${value >= 0 ? '+' : ''}${value.toFixed(2)} MB`;
  }
}

function rowOf(goal: Goal, m: Measurement | undefined, missing: Missing): string[] {
  const size = goal.size === undefined ? '' : `${goal.size} accounts`;
  if (!m) {
    const why = missing[goal.key] ?? 'not measured';
    return [goal.measure, size, '', '', '—', goal.goal, `no (${why})`];
  }
  const limit = goal.limit(m);
  const goalText =
    goal.key === 'first-connect' && Number.isFinite(limit)
      ? `${goal.goal} (${limit.toFixed(0)} ms)`
      : goal.goal;
  const medians = m.note ? `${m.medians}; ${m.note}` : m.medians;
  return [
    goal.measure,
    size,
    String(m.rounds),
    medians,
    formatFigure(goal, m.value),
    goalText,
    meets(goal, m) ? 'yes' : 'no',
  ];
}

const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');

/** The table's lines, then `bench: N of M goals met` (M counts every row, each size apart). */
export function formatBenchTable(
  measurements: readonly Measurement[],
  missing: Missing = {},
  goals: readonly Goal[] = issueGoals,
): string[] {
  const rows = goals.map((goal) =>
    rowOf(goal, measurementFor(goal, measurements), missing).map(escapeCell),
  );
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const met = goals.filter((goal) => {
    const m = measurementFor(goal, measurements);
    return m !== undefined && meets(goal, m);
  }).length;
  return [
    line(HEADER),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `bench: ${met} of ${goals.length} goals met`,
  ];
}
