/**
 * Sign-ins that wait for a person (a device code, a window, a browser): each gets a flow id the
 * renderer can cancel with, and a deadline after which the app stops waiting and says so. Either
 * way the flow's own clean-up runs (stop MSAL's polling, close the window, settle its loopback).
 */
import { randomUUID } from 'node:crypto';
import type { Problem } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 10 * 60_000;

export interface PendingSignIn {
  flowId: string;
  expiresAt: Date;
  /** Aborted on cancel or timeout; the reason is a {@link ProblemError}. */
  signal: AbortSignal;
  /** Rejects with the reason when the sign-in is cancelled or times out. */
  stopped: Promise<never>;
  /** Moves the deadline to `ms` from now; when it passes the flow stops with `problem`. */
  setDeadline(ms: number, problem: Problem): Date;
  /** Call when the flow settles, whichever way. */
  finish(): void;
}

export const cancelledProblem: Problem = { code: 'cancelled', message: 'Sign-in was cancelled.' };

export const timedOutProblem = (minutes: number): Problem => ({
  code: 'sign_in_timed_out',
  message: `Sign-in was not finished within ${minutes} minute${minutes === 1 ? '' : 's'}, so M365 Desk stopped waiting.`,
  hint: 'Start the sign-in again when you are ready.',
});

export interface PendingSignInsDeps {
  /** How long a window or browser sign-in may wait for the person (default 10 minutes). */
  timeoutMs?: number | undefined;
}

/** How long the app's quit waits for a cancelled sign-in to let go of what it held. */
const CLEAN_UP_MS = 2_000;

/** Waits for `work` to settle, at most `ms`; never rejects (the caller ends either way). */
export async function settledWithin(work: Promise<unknown>, ms = CLEAN_UP_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([work.then(noop, noop), late]);
  clearTimeout(timer);
}

const noop = () => undefined;

interface Flow {
  controller: AbortController;
  /** Resolves when the flow called `finish()`: its clean-up is done. */
  finished: Promise<void>;
}

export class PendingSignIns {
  private readonly flows = new Map<string, Flow>();

  private readonly timeoutMs: number;

  constructor({ timeoutMs = DEFAULT_SIGN_IN_TIMEOUT_MS }: PendingSignInsDeps = {}) {
    this.timeoutMs = timeoutMs;
  }

  /** `timeoutMs`: this flow's deadline; infinite until {@link PendingSignIn.setDeadline}. */
  start(timeoutMs = this.timeoutMs): PendingSignIn {
    const flowId = randomUUID();
    const controller = new AbortController();
    let finished!: () => void;
    this.flows.set(flowId, { controller, finished: new Promise((done) => (finished = done)) });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const setDeadline = (ms: number, problem: Problem) => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new ProblemError(problem)), ms);
      return new Date(Date.now() + ms);
    };
    const minutes = Math.max(1, Math.round(timeoutMs / 60_000));
    const expiresAt = Number.isFinite(timeoutMs)
      ? setDeadline(timeoutMs, timedOutProblem(minutes))
      : new Date(8.64e15);
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
        once: true,
      });
    });
    stopped.catch(() => undefined); // observed by whoever races it
    return {
      flowId,
      expiresAt,
      signal: controller.signal,
      stopped,
      setDeadline,
      finish: () => {
        clearTimeout(timer);
        this.flows.delete(flowId);
        finished();
      },
    };
  }

  cancel(flowId: string): boolean {
    const flow = this.flows.get(flowId);
    if (!flow) return false;
    flow.controller.abort(new ProblemError(cancelledProblem));
    return true;
  }

  /**
   * The app quits: cancels every pending sign-in and resolves once each has cleaned up (its
   * window closed, its loopback port closed), or after {@link CLEAN_UP_MS} at most.
   */
  async cancelAll(): Promise<void> {
    const finished = [...this.flows.values()].map((flow) => flow.finished);
    for (const id of [...this.flows.keys()]) this.cancel(id);
    await settledWithin(Promise.all(finished));
  }
}
