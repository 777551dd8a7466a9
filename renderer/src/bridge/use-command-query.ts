import { useCallback, useEffect, useState } from 'react';
import type {
  CommandInput,
  CommandName,
  CommandOutput,
  Problem,
  Result,
} from '../../../preload/contract';
import { call, problemOf } from './desk-client';
import { peekStartupAnswer, takeStartupAnswer } from './startup-reads';

export type Load<T> =
  { state: 'pending' } | { state: 'done'; value: T } | { state: 'failed'; problem: Problem };

export const loadOf = <T>(result: Result<T>): Load<T> =>
  result.ok
    ? { state: 'done', value: result.value }
    : { state: 'failed', problem: problemOf(result) };

/** Commands whose input is the empty object, i.e. plain reads such as `app.info`. */
type ReadCommand = {
  [C in CommandName]: Record<never, never> extends CommandInput<C> ? C : never;
}[CommandName];

/** Loads a read command once on mount (the start-up answer, if it was asked); `retry` loads it again. */
export function useCommandQuery<C extends ReadCommand>(
  command: C,
): [Load<CommandOutput<C>>, () => void] {
  // The start-up answer, when it is already in, is the first render's (startup-reads.ts).
  const [shown] = useState(() => peekStartupAnswer(command));
  const [load, setLoad] = useState<Load<CommandOutput<C>>>(() =>
    shown ? loadOf(shown) : { state: 'pending' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const answer =
      (attempt === 0 && takeStartupAnswer(command)) || call(command, {} as CommandInput<C>);
    void answer.then((result) => {
      if (current && result !== shown) setLoad(loadOf(result));
    });
    return () => {
      current = false;
    };
  }, [command, attempt, shown]);

  const retry = useCallback(() => {
    setLoad({ state: 'pending' });
    setAttempt((n) => n + 1);
  }, []);
  return [load, retry];
}
