import { useCallback, useState } from 'react';
import type { AppCheck, AppCheckReport, Problem, ServiceChoice } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';

export type AppFix = NonNullable<AppCheck['fix']>;

export interface AppCheckState {
  report: AppCheckReport | undefined;
  /** What runs now: the whole check, or one fix. */
  busy: 'check' | AppFix | undefined;
  problem: Problem | undefined;
  dismissProblem: () => void;
  check: (clientId: string, services: ServiceChoice[]) => Promise<AppCheckReport | undefined>;
  fix: (
    clientId: string,
    services: ServiceChoice[],
    fix: AppFix,
  ) => Promise<AppCheckReport | undefined>;
  clear: () => void;
}

/** "Check my app" and its fixes; each fix answers with the report checked again. */
export function useAppCheck(): AppCheckState {
  const [report, setReport] = useState<AppCheckReport>();
  const [busy, setBusy] = useState<AppCheckState['busy']>();
  const [problem, setProblem] = useState<Problem>();

  const perform = useCallback(
    async (
      what: NonNullable<AppCheckState['busy']>,
      send: () => ReturnType<typeof call<'appSetup.check'>>,
    ) => {
      setBusy(what);
      setProblem(undefined);
      const result = await send();
      setBusy(undefined);
      if (!result.ok) {
        setProblem(problemOf(result));
        return undefined;
      }
      setReport(result.value);
      return result.value;
    },
    [],
  );

  const check = useCallback(
    (clientId: string, services: ServiceChoice[]) =>
      perform('check', () => call('appSetup.check', { clientId, services })),
    [perform],
  );
  const fix = useCallback(
    (clientId: string, services: ServiceChoice[], which: AppFix) =>
      perform(which, () => call('appSetup.fix', { clientId, services, fix: which })),
    [perform],
  );
  const clear = useCallback(() => {
    setReport(undefined);
    setProblem(undefined);
  }, []);
  const dismissProblem = useCallback(() => setProblem(undefined), []);

  return { report, busy, problem, dismissProblem, check, fix, clear };
}
