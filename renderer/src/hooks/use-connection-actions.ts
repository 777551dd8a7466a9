import { useCallback, useState } from 'react';
import type { ConnectionStatus, Problem, ServiceId } from '../../../preload/contract';
import { call, problemOf } from '../lib/desk-client';

export type ConnectionAction = 'refresh' | 'disconnect';

export interface ConnectionActions {
  busy: ConnectionAction | undefined;
  problem: Problem | undefined;
  dismissProblem: () => void;
  refresh: () => Promise<void>;
  disconnect: () => Promise<void>;
}

/** Refresh and Disconnect for one service, each with its pending state and failure. */
export function useConnectionActions(
  serviceId: ServiceId,
  onStatus: (status: ConnectionStatus) => void,
): ConnectionActions {
  const [busy, setBusy] = useState<ConnectionAction>();
  const [problem, setProblem] = useState<Problem>();

  const perform = useCallback(
    async (action: ConnectionAction) => {
      setBusy(action);
      setProblem(undefined);
      const command = action === 'refresh' ? 'connection.refresh' : 'connection.disconnect';
      const result = await call(command, { serviceId });
      setBusy(undefined);
      if (result.ok) onStatus(result.value);
      else setProblem(problemOf(result));
    },
    [serviceId, onStatus],
  );

  const refresh = useCallback(() => perform('refresh'), [perform]);
  const disconnect = useCallback(() => perform('disconnect'), [perform]);
  const dismissProblem = useCallback(() => setProblem(undefined), []);

  return { busy, problem, dismissProblem, refresh, disconnect };
}
