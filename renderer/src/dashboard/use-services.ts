import { useCallback, useEffect, useReducer } from 'react';
import type { Problem, Result, ServicePanel, ServiceStatus } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommand } from '../bridge/use-command';
import { loadOf, type Load } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';
import { peekStartupAnswer, takeStartupRead } from '../bridge/startup-reads';

export interface Services {
  load: Load<ServicePanel[]>;
  retry: () => void;
  /** Puts a fresh status (from a command result or an event) into its panel. */
  applyStatus: (status: ServiceStatus) => void;
  /** Asks the core to re-check every service; the panels stay on screen meanwhile. */
  refreshAll: () => Promise<void>;
  refreshing: boolean;
  refreshProblem: Problem | undefined;
  dismissRefreshProblem: () => void;
}

interface State {
  load: Load<ServicePanel[]>;
  /** Statuses heard while the list was on its way: newer than it or the same, so laid over it. */
  heard: ServiceStatus[];
  /** Each load of the list; a retry starts another one. */
  attempt: number;
  /** The start-up answer the first render was made from, if it was in by then. */
  shown?: Result<ServicePanel[]>;
}

type Action =
  | { type: 'retry' }
  | { type: 'listed'; attempt: number; result: Result<ServicePanel[]> }
  | { type: 'heard'; statuses: ServiceStatus[] };

const withStatuses = (panels: ServicePanel[], statuses: ServiceStatus[]) =>
  panels.map((panel) => ({
    ...panel,
    status: statuses.findLast((s) => s.serviceId === panel.serviceId) ?? panel.status,
  }));

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'retry':
      return { load: { state: 'pending' }, heard: [], attempt: state.attempt + 1 };
    case 'listed': {
      if (action.attempt !== state.attempt) return state; // a list a retry replaced
      if (action.result === state.shown) return state; // on screen since the first render
      const load = loadOf(action.result);
      // The core answers the list from what it last published, so what came before is in it;
      // what was heard meanwhile is as new or newer. Either way, laid over it, it is right.
      return {
        ...state,
        heard: [],
        load:
          load.state === 'done' ? { ...load, value: withStatuses(load.value, state.heard) } : load,
      };
    }
    case 'heard':
      return state.load.state === 'done'
        ? {
            ...state,
            load: { ...state.load, value: withStatuses(state.load.value, action.statuses) },
          }
        : { ...state, heard: [...state.heard, ...action.statuses] };
  }
}

/**
 * The dashboard's panels: `service.list` once, which answers at once from what the core knows
 * (a panel being checked says `checking`), then kept current by `service.changed`.
 */
export function useServices(): Services {
  const [state, dispatch] = useReducer(reduce, undefined, (): State => {
    const shown = peekStartupAnswer('service.list');
    return { load: shown ? loadOf(shown) : { state: 'pending' }, heard: [], attempt: 0, shown };
  });
  const { attempt } = state;

  // Subscribed before the list is asked for, so no check's answer can slip between the two.
  const applyStatuses = useCallback(
    (statuses: ServiceStatus[]) => dispatch({ type: 'heard', statuses }),
    [],
  );
  const applyStatus = useCallback(
    (status: ServiceStatus) => applyStatuses([status]),
    [applyStatuses],
  );
  useDeskEvent('service.changed', applyStatus);

  useEffect(() => {
    // The first list was asked for before React rendered (startup-reads.ts), with what the
    // core said since; that goes in before the answer, which it is as new as or newer than.
    const first = attempt === 0 ? takeStartupRead('service.list') : undefined;
    if (first?.heard.length) dispatch({ type: 'heard', statuses: first.heard });
    void (first?.result ?? call('service.list', {})).then((result) =>
      dispatch({ type: 'listed', attempt, result }),
    );
  }, [attempt]);

  const refresh = useCommand(async () => {
    // Not `retry`: that would blank the grid and reset every panel's open dialog.
    const result = await call('service.refreshAll', {});
    if (!result.ok) return problemOf(result);
    applyStatuses(result.value);
    return undefined;
  });
  const { run: runRefresh } = refresh;
  const refreshAll = useCallback(async () => {
    await runRefresh();
  }, [runRefresh]);
  const retry = useCallback(() => dispatch({ type: 'retry' }), []);

  return {
    load: state.load,
    retry,
    applyStatus,
    refreshAll,
    refreshing: refresh.running,
    refreshProblem: refresh.problem,
    dismissRefreshProblem: refresh.dismiss,
  };
}
