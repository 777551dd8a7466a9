import { useCallback, useRef } from 'react';
import type { AppSetupResult, CommandInput, Problem, SetupStep } from '../../../preload/contract';
import { mergeStep } from './app-setup-progress';
import { call, problemOf } from '../bridge/desk-client';
import { useDeskEvent } from '../bridge/use-desk-event';
import { useLatestState } from '../bridge/use-latest-state';

export type CreateRun =
  | { phase: 'idle' }
  | { phase: 'running'; steps: SetupStep[] }
  | { phase: 'done'; result: AppSetupResult; steps: SetupStep[] }
  | { phase: 'failed'; problem: Problem; steps: SetupStep[] };

export interface AppSetupCreate {
  run: CreateRun;
  create: (input: CommandInput<'appSetup.create'>) => Promise<AppSetupResult | undefined>;
  /** Back to the form, e.g. to try again after a failure. */
  reset: () => void;
}

const idle: CreateRun = { phase: 'idle' };

/**
 * "Create it for me": the command answers once everything is done; each step's progress
 * arrives before that as an `appSetup.progress` event.
 */
export function useAppSetupCreate(): AppSetupCreate {
  const [run, runRef, setRun] = useLatestState<CreateRun>(idle);
  const generation = useRef(0);

  useDeskEvent('appSetup.progress', (step) => {
    const current = runRef.current;
    if (current.phase !== 'running') return;
    setRun({ phase: 'running', steps: mergeStep(current.steps, step) });
  });

  const create = useCallback(
    async (input: CommandInput<'appSetup.create'>) => {
      const mine = ++generation.current;
      setRun({ phase: 'running', steps: [] });
      const result = await call('appSetup.create', input);
      if (mine !== generation.current) return undefined;
      const current = runRef.current;
      const steps = current.phase === 'running' ? current.steps : [];
      if (result.ok) {
        // The answer's steps are the final word; the events are what there is without them.
        const final = result.value.steps.length > 0 ? result.value.steps : steps;
        setRun({ phase: 'done', result: result.value, steps: final });
        return result.value;
      }
      setRun({ phase: 'failed', problem: problemOf(result), steps });
      return undefined;
    },
    [runRef, setRun],
  );

  const reset = useCallback(() => {
    generation.current++;
    setRun(idle);
  }, [setRun]);

  return { run, create, reset };
}
