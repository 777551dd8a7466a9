/**
 * The goals of issue 13, one row per measure and size, exactly as its table states them. The
 * bench's last line counts these rows, so a measure that did not run is a goal not met.
 */

/** The measures the bench runs; a module per measure reports one or more of these. */
export type MeasureKey =
  | 'refresh-all-cached'
  | 'refresh-all-due'
  | 'refresh-all-first'
  | 'first-connect'
  | 'silent-token'
  | 'open-store'
  | 'renderer-js'
  | 'dashboard-paint'
  | 'core-memory';

/** What a measure found: its figure and the medians behind it. */
export interface Measurement {
  key: MeasureKey;
  /** Accounts in the store, for the measures taken at several sizes. */
  size?: number;
  rounds: number;
  /** The medians the figure is made of, in words, e.g. "refresh all 158 ms, round trip 151 ms". */
  medians: string;
  /** The figure in the goal's unit: a ratio, milliseconds, KB, or MB of heap growth. */
  value: number;
  /** One round trip as measured in the same run, for goals that are stated in round trips. */
  roundTripMs?: number;
  /** Anything that qualifies the figure (e.g. a round that did not go as planned). */
  note?: string;
}

export type Unit = 'ratio' | 'ms' | 'KB' | 'MB growth';

export interface Goal {
  key: MeasureKey;
  size?: number;
  measure: string;
  /** The goal in the words. */
  goal: string;
  unit: Unit;
  /** The largest figure that meets the goal; NaN when the measurement lacks what it needs. */
  limit(m: Measurement): number;
}

/** Sizes of the account stores, as the table asks. */
export const STORE_SIZES = [10, 50, 200] as const;

/**
 * Flat memory: the heap after a full GC may grow by at most this much from round 500 to round
 * 5,000. Keeping one service status (~1 KB) a round would grow it by 4.5 MB, half of one by
 * about the limit; between two samples of a run without a leak the heap moves by 0.1–0.4 MB.
 */
export const FLAT_HEAP_GROWTH_MB = 2;

const atMost = (limit: number) => () => limit;

export const goals: readonly Goal[] = [
  {
    key: 'refresh-all-cached',
    measure: 'Refresh all, tokens cached ÷ one round trip',
    goal: '≤ 1.3×',
    unit: 'ratio',
    limit: atMost(1.3),
  },
  {
    key: 'refresh-all-due',
    measure: 'Refresh all, tokens due for renewal ÷ one round trip',
    goal: '≤ 2.3×',
    unit: 'ratio',
    limit: atMost(2.3),
  },
  {
    key: 'refresh-all-first',
    measure: 'First Refresh all after start ÷ one round trip',
    goal: '≤ 1.3×',
    unit: 'ratio',
    limit: atMost(1.3),
  },
  {
    key: 'first-connect',
    measure: 'First Connect → device code shown',
    goal: '≤ one round trip + 100 ms',
    unit: 'ms',
    limit: (m) => (m.roundTripMs ?? NaN) + 100,
  },
  ...STORE_SIZES.map((size): Goal => ({
    key: 'silent-token',
    size,
    measure: 'Silent token, cache hit, p50',
    goal: '≤ 2 ms',
    unit: 'ms',
    limit: atMost(2),
  })),
  ...STORE_SIZES.map((size): Goal => ({
    key: 'open-store',
    size,
    measure: 'Open the store and list connections',
    goal: '≤ 20 ms',
    unit: 'ms',
    limit: atMost(20),
  })),
  {
    key: 'renderer-js',
    measure: 'Renderer initial JavaScript, gzip',
    goal: '≤ 300 KB',
    unit: 'KB',
    limit: atMost(300),
  },
  {
    key: 'dashboard-paint',
    measure: 'First dashboard paint, headless Chromium, 6 connected',
    goal: '≤ 300 ms',
    unit: 'ms',
    limit: atMost(300),
  },
  {
    key: 'core-memory',
    measure: 'Core memory after 5,000 Refresh all rounds',
    goal: `flat (≤ ${FLAT_HEAP_GROWTH_MB} MB heap growth, round 500 → 5,000)`,
    unit: 'MB growth',
    limit: atMost(FLAT_HEAP_GROWTH_MB),
  },
];

/** Whether a measurement meets its goal; a figure that is not a number never does. */
export function meets(goal: Goal, m: Measurement): boolean {
  const limit = goal.limit(m);
  return Number.isFinite(m.value) && Number.isFinite(limit) && m.value <= limit;
}

/** The measurement that belongs to a goal's row (same measure, same size). */
export function measurementFor(
  goal: Goal,
  measurements: readonly Measurement[],
): Measurement | undefined {
  return measurements.find((m) => m.key === goal.key && m.size === goal.size);
}

/**
 * The issue asks the costs measured at several store sizes to stay flat from 10 to 200
 * accounts, within 2× of each other: a measure's largest figure ÷ its smallest, told in the note
 * of the largest store's row (the table keeps one row per goal).
 */
export function withSpreadOfSizes(measurements: readonly Measurement[]): Measurement[] {
  const largest = Math.max(...STORE_SIZES);
  return measurements.map((m) => {
    const sizes = measurements.filter((other) => other.key === m.key && other.size !== undefined);
    if (m.size !== largest || sizes.length !== STORE_SIZES.length) return m;
    const figures = sizes.map((other) => other.value);
    const times = (Math.max(...figures) / Math.min(...figures)).toFixed(2);
    const spread = `${STORE_SIZES.join(' / ')}: within ${times}× of each other`;
    return { ...m, note: m.note ? `${m.note}; ${spread}` : spread };
  });
}
