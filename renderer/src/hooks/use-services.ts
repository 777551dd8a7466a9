import { useCallback, useEffect, useState } from 'react';
import type { ConnectionStatus, ServicePanel } from '../../../preload/contract';
import { useCommandQuery, type Load } from './use-command-query';
import { useDeskEvent } from './use-desk-event';

export interface Services {
  load: Load<ServicePanel[]>;
  retry: () => void;
  /** Puts a fresh status (from a command result or an event) into its panel. */
  applyStatus: (status: ConnectionStatus) => void;
}

/** The dashboard's panels: `services.list` once, then kept current by `connection.changed`. */
export function useServices(): Services {
  const [query, retry] = useCommandQuery('services.list');
  const [load, setLoad] = useState<Load<ServicePanel[]>>(query);

  // The query result is the baseline; statuses applied later are layered on top of it.
  useEffect(() => setLoad(query), [query]);

  const applyStatus = useCallback((status: ConnectionStatus) => {
    setLoad((previous) =>
      previous.state === 'done'
        ? {
            state: 'done',
            value: previous.value.map((panel) =>
              panel.serviceId === status.serviceId ? { ...panel, status } : panel,
            ),
          }
        : previous,
    );
  }, []);

  useDeskEvent('connection.changed', applyStatus);

  return { load, retry, applyStatus };
}
