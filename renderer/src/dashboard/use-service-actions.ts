import { useCallback, useState } from 'react';
import type { ServiceStatus, Problem, Result, ServiceId } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';

export type ServiceAction = 'refresh' | 'disconnect' | 'use-account';

export interface ServiceActions {
  busy: ServiceAction | undefined;
  problem: Problem | undefined;
  dismissProblem: () => void;
  refresh: () => Promise<void>;
  disconnect: () => Promise<void>;
  /** Connects (or switches) the service to an account that is already signed in. */
  connectWith: (connectionId: string, siteUrl?: string) => Promise<void>;
}

/** The panel's commands that answer with a status, each with its pending state and failure. */
export function useServiceActions(
  serviceId: ServiceId,
  onStatus: (status: ServiceStatus) => void,
): ServiceActions {
  const [busy, setBusy] = useState<ServiceAction>();
  const [problem, setProblem] = useState<Problem>();

  const perform = useCallback(
    async (action: ServiceAction, send: () => Promise<Result<ServiceStatus>>) => {
      setBusy(action);
      setProblem(undefined);
      const result = await send();
      setBusy(undefined);
      if (result.ok) onStatus(result.value);
      else setProblem(problemOf(result));
    },
    [onStatus],
  );

  const refresh = useCallback(
    () => perform('refresh', () => call('service.refresh', { serviceId })),
    [perform, serviceId],
  );
  const disconnect = useCallback(
    () => perform('disconnect', () => call('service.disconnect', { serviceId })),
    [perform, serviceId],
  );
  const connectWith = useCallback(
    (connectionId: string, siteUrl?: string) =>
      perform('use-account', () =>
        call('service.useAccount', { serviceId, connectionId, siteUrl }),
      ),
    [perform, serviceId],
  );
  const dismissProblem = useCallback(() => setProblem(undefined), []);

  return { busy, problem, dismissProblem, refresh, disconnect, connectWith };
}
