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

export class PendingSignIns {
  private readonly flows = new Map<string, AbortController>();

  private readonly timeoutMs: number;

  constructor({ timeoutMs = DEFAULT_SIGN_IN_TIMEOUT_MS }: PendingSignInsDeps = {}) {
    this.timeoutMs = timeoutMs;
  }

  /** `timeoutMs`: this flow's deadline; infinite until {@link PendingSignIn.setDeadline}. */
  start(timeoutMs = this.timeoutMs): PendingSignIn {
    const flowId = randomUUID();
    const controller = new AbortController();
    this.flows.set(flowId, controller);
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
      },
    };
  }

  cancel(flowId: string): boolean {
    const controller = this.flows.get(flowId);
    if (!controller) return false;
    controller.abort(new ProblemError(cancelledProblem));
    return true;
  }

  cancelAll(): void {
    for (const id of [...this.flows.keys()]) this.cancel(id);
  }
}
