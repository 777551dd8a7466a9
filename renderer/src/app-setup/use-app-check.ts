import { useCallback, useState } from 'react';
import type { AppCheck, AppCheckReport, Problem, ServiceChoice } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandSet } from '../bridge/use-command';

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
  // The check and its fixes share one problem line; `running` names the one under way.
  const commands = useCommandSet<NonNullable<AppCheckState['busy']>>();
  const { run, dismiss } = commands;

  const perform = useCallback(
    async (
      what: NonNullable<AppCheckState['busy']>,
      send: () => ReturnType<typeof call<'appSetup.check'>>,
    ) => {
      let checked: AppCheckReport | undefined;
      await run(what, async () => {
        const result = await send();
        if (!result.ok) return problemOf(result);
        checked = result.value;
        setReport(result.value);
        return undefined;
      });
      return checked;
    },
    [run],
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
    dismiss();
  }, [dismiss]);

  return {
    report,
    busy: commands.running,
    problem: commands.problem,
    dismissProblem: dismiss,
    check,
    fix,
    clear,
  };
}
