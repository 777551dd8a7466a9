import { useCallback, useMemo, useState } from 'react';
import type { ServiceStatus, Problem, ServiceId, ServicePanel } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommand } from '../bridge/use-command';
import { useCommandQuery, type Load } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';

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

interface Applied {
  /** The list these statuses were applied on; a reload starts over from the new list. */
  base: Load<ServicePanel[]>;
  statuses: Partial<Record<ServiceId, ServiceStatus>>;
}

/** The dashboard's panels: `service.list` once, then kept current by `service.changed`. */
export function useServices(): Services {
  const [query, retry] = useCommandQuery('service.list');
  const [applied, setApplied] = useState<Applied>({ base: query, statuses: {} });

  const applyStatuses = useCallback(
    (statuses: ServiceStatus[]) =>
      setApplied((previous) => {
        const next = { ...(previous.base === query ? previous.statuses : {}) };
        for (const status of statuses) next[status.serviceId] = status;
        return { base: query, statuses: next };
      }),
    [query],
  );
  const applyStatus = useCallback(
    (status: ServiceStatus) => applyStatuses([status]),
    [applyStatuses],
  );

  useDeskEvent('service.changed', applyStatus);

  const refresh = useCommand(async () => {
    // Not `retry`: that would blank the grid and reset every panel's open dialog.
    const result = await call('service.list', {});
    if (!result.ok) return problemOf(result);
    applyStatuses(result.value.map((panel) => panel.status));
    return undefined;
  });
  const { run: runRefresh } = refresh;
  const refreshAll = useCallback(async () => {
    await runRefresh();
  }, [runRefresh]);

  const load = useMemo<Load<ServicePanel[]>>(() => {
    if (query.state !== 'done' || applied.base !== query) return query;
    return {
      state: 'done',
      value: query.value.map((panel) => ({
        ...panel,
        status: applied.statuses[panel.serviceId] ?? panel.status,
      })),
    };
  }, [query, applied]);

  return {
    load,
    retry,
    applyStatus,
    refreshAll,
    refreshing: refresh.running,
    refreshProblem: refresh.problem,
    dismissRefreshProblem: refresh.dismiss,
  };
}
