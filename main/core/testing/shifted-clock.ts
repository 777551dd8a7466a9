/**
 * TEST ONLY. This thread's clock set off from the true time, as a computer's clock is when it
 * runs fast or slow: `Date` (and so MSAL, the core, the store) reads the true time plus an
 * offset; the operating system's clock (TLS certificate checks) and other threads (an emulator
 * in a worker, testing/emulator-in-worker.ts) keep the true time.
 */
const TrueDate = globalThis.Date;

export interface ShiftedClock {
  /** Moves the clock by `ms` more (time passing, or the person setting it). */
  move(ms: number): void;
  /** Puts the true clock back. */
  restore(): void;
}

export function shiftClock(offsetMs: number): ShiftedClock {
  let offset = offsetMs;
  class ShiftedDate extends TrueDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(TrueDate.now() + offset);
      else super(...(args as [string]));
    }

    static override now(): number {
      return TrueDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  return {
    move: (ms) => void (offset += ms),
    restore: () => void (globalThis.Date = TrueDate),
  };
}
