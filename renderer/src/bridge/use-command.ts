import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../../preload/contract';

/**
 * Something the person asked for that answers with a problem, or with nothing when it went
 * through (whatever it produced, the action hands on itself).
 */
export type CommandAction<A extends unknown[]> = (...args: A) => Promise<Problem | undefined>;

export interface CommandOptions {
  /**
   * Leave the last problem up while a new run is under way, until its answer replaces it: for a
   * form, where a refusal sits under the field being fixed. By default a run starts clean.
   */
  keepProblemWhileRunning?: boolean;
}

export interface Command<A extends unknown[]> {
  /** Runs the action; resolves true when it answered without a problem. */
  run: (...args: A) => Promise<boolean>;
  running: boolean;
  /** The last run's problem, until dismissed or replaced. */
  problem: Problem | undefined;
  dismiss: () => void;
}

/**
 * Several commands that share one problem line, such as a panel's Refresh, Disconnect and
 * Switch account: `running` names the one under way, so its button can show the spinner.
 */
export interface CommandSet<L> {
  run: (label: L, action: () => Promise<Problem | undefined>) => Promise<boolean>;
  running: L | undefined;
  problem: Problem | undefined;
  dismiss: () => void;
}

/** The pending and failed states of a set of writes; see {@link CommandSet}. */
export function useCommandSet<L>(options: CommandOptions = {}): CommandSet<L> {
  const { keepProblemWhileRunning = false } = options;
  const [running, setRunning] = useState<L>();
  const [problem, setProblem] = useState<Problem>();

  const run = useCallback(
    async (label: L, action: () => Promise<Problem | undefined>) => {
      setRunning(label);
      if (!keepProblemWhileRunning) setProblem(undefined);
      const answer = await action();
      setRunning(undefined);
      setProblem(answer);
      return answer === undefined;
    },
    [keepProblemWhileRunning],
  );
  const dismiss = useCallback(() => setProblem(undefined), []);
  return { run, running, problem, dismiss };
}

/**
 * One write and its pending and failed states, instead of a busy flag and a problem kept by
 * hand. `run` stays the same function across renders and always calls the latest `action`.
 */
export function useCommand<A extends unknown[]>(
  action: CommandAction<A>,
  options?: CommandOptions,
): Command<A> {
  const { run: runLabelled, running, problem, dismiss } = useCommandSet<true>(options);
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  const run = useCallback(
    (...args: A) => runLabelled(true, () => latest.current(...args)),
    [runLabelled],
  );
  return { run, running: running === true, problem, dismiss };
}
