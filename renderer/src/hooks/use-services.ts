import { useCallback, useMemo, useState } from 'react';
import type { ConnectionStatus, ServiceId, ServicePanel } from '../../../preload/contract';
import { useCommandQuery, type Load } from './use-command-query';
import { useDeskEvent } from './use-desk-event';

export interface Services {
  load: Load<ServicePanel[]>;
  retry: () => void;
  /** Puts a fresh status (from a command result or an event) into its panel. */
  applyStatus: (status: ConnectionStatus) => void;
}

interface Applied {
  /** The list these statuses were applied on; a reload starts over from the new list. */
  base: Load<ServicePanel[]>;
  statuses: Partial<Record<ServiceId, ConnectionStatus>>;
}

/** The dashboard's panels: `services.list` once, then kept current by `connection.changed`. */
export function useServices(): Services {
  const [query, retry] = useCommandQuery('services.list');
  const [applied, setApplied] = useState<Applied>({ base: query, statuses: {} });

  const applyStatus = useCallback(
    (status: ConnectionStatus) =>
      setApplied((previous) => ({
        base: query,
        statuses: {
          ...(previous.base === query ? previous.statuses : {}),
          [status.serviceId]: status,
        },
      })),
    [query],
  );

  useDeskEvent('connection.changed', applyStatus);

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

  return { load, retry, applyStatus };
}
