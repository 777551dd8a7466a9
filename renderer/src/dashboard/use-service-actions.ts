import { useCallback } from 'react';
import type { ServiceStatus, Problem, Result, ServiceId } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandSet } from '../bridge/use-command';

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
  const { run, running, problem, dismiss } = useCommandSet<ServiceAction>();

  const perform = useCallback(
    async (action: ServiceAction, send: () => Promise<Result<ServiceStatus>>) => {
      await run(action, async () => {
        const result = await send();
        if (!result.ok) return problemOf(result);
        onStatus(result.value);
        return undefined;
      });
    },
    [run, onStatus],
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
  return { busy: running, problem, dismissProblem: dismiss, refresh, disconnect, connectWith };
}
