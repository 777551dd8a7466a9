import { useCallback, useEffect, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput, Problem } from '../../../preload/contract';
import { call, problemOf } from './desk-client';

export type Load<T> =
  { state: 'pending' } | { state: 'done'; value: T } | { state: 'failed'; problem: Problem };

/** Commands whose input is the empty object, i.e. plain reads such as `app.info`. */
type ReadCommand = {
  [C in CommandName]: Record<never, never> extends CommandInput<C> ? C : never;
}[CommandName];

/** Loads a read command once on mount; `retry` loads it again. */
export function useCommandQuery<C extends ReadCommand>(
  command: C,
): [Load<CommandOutput<C>>, () => void] {
  const [load, setLoad] = useState<Load<CommandOutput<C>>>({ state: 'pending' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void call(command, {} as CommandInput<C>).then((result) => {
      if (!current) return;
      setLoad(
        result.ok
          ? { state: 'done', value: result.value }
          : { state: 'failed', problem: problemOf(result) },
      );
    });
    return () => {
      current = false;
    };
  }, [command, attempt]);

  const retry = useCallback(() => {
    setLoad({ state: 'pending' });
    setAttempt((n) => n + 1);
  }, []);
  return [load, retry];
}
