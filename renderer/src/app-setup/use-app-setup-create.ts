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

export type CreateInput = Omit<CommandInput<'appSetup.create'>, 'resumeClientId'>;

export interface AppSetupCreate {
  run: CreateRun;
  create: (input: CreateInput) => Promise<AppSetupResult | undefined>;
  /**
   * Runs the failed attempt again with the same choices. When it had registered the app before
   * it stopped, the new attempt finishes that app rather than registering a second one.
   */
  retry: () => Promise<AppSetupResult | undefined>;
  /** Back to the form, e.g. to change the name after a failure. */
  reset: () => void;
  /** A failed attempt is forgotten (a new setup sign-in starts afresh); a created app stays. */
  forgetFailure: () => void;
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

  const lastInput = useRef<CreateInput>(undefined);

  const send = useCallback(
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

  const create = useCallback(
    (input: CreateInput) => {
      lastInput.current = input;
      return send(input);
    },
    [send],
  );

  const retry = useCallback(async () => {
    const current = runRef.current;
    const input = lastInput.current;
    if (current.phase !== 'failed' || !input) return undefined;
    const registered = current.steps.find(
      (step) => step.id === 'create-application' && step.state === 'done',
    )?.appId;
    return send(registered ? { ...input, resumeClientId: registered } : input);
  }, [runRef, send]);

  const reset = useCallback(() => {
    generation.current++;
    setRun(idle);
  }, [setRun]);

  const forgetFailure = useCallback(() => {
    if (runRef.current.phase === 'failed') reset();
  }, [runRef, reset]);

  return { run, create, retry, reset, forgetFailure };
}
