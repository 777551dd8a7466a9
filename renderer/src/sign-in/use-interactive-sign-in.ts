import { useCallback, useRef } from 'react';
import type {
  ServiceStatus,
  InteractiveMethodId,
  Problem,
  ServiceId,
  SignInPending,
} from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { createHandoff, noHandoff, type Handoff } from './handoff';
import type { SignInRequest, StartOutcome } from './sign-in-choice';
import { useDeskEvent } from '../bridge/use-desk-event';
import { useLatestState } from '../bridge/use-latest-state';

/**
 * A sign-in in the app's sign-in window or the system browser. `signIn.interactive` resolves
 * when it is over; meanwhile `signIn.pending` says that it waits for the person, and until when.
 */
export type InteractiveFlow =
  | { phase: 'idle' }
  | { phase: 'starting'; method: InteractiveMethodId; cancelRequested: boolean }
  | { phase: 'pending'; pending: SignInPending };

export interface InteractiveSignIn {
  flow: InteractiveFlow;
  /** Resolves once the window or browser is open, or with the core's refusal before that. */
  start: (request: SignInRequest, method: InteractiveMethodId) => Promise<StartOutcome>;
  /** Resolves with a problem only when the core refused to cancel. */
  cancel: () => Promise<Problem | undefined>;
}

const idle: InteractiveFlow = { phase: 'idle' };

export function useInteractiveSignIn(
  serviceId: ServiceId,
  onStatus: (status: ServiceStatus) => void,
  onFailure: (problem: Problem, request: SignInRequest) => void,
): InteractiveSignIn {
  const [flow, flowRef, setFlow] = useLatestState<InteractiveFlow>(idle);
  const generation = useRef(0);
  const handoff = useRef<Handoff>(noHandoff);

  const start = useCallback(
    (request: SignInRequest, method: InteractiveMethodId): Promise<StartOutcome> => {
      const mine = ++generation.current;
      const waiter = createHandoff();
      handoff.current = waiter;
      setFlow({ phase: 'starting', method, cancelRequested: false });
      void call('signIn.interactive', { ...request, serviceId, method }).then((result) => {
        if (mine !== generation.current) return;
        setFlow(idle);
        if (result.ok) onStatus(result.value);
        if (result.ok || result.code === 'cancelled') {
          waiter.settle({ handedOff: true });
          return;
        }
        const problem = problemOf(result);
        if (!waiter.settle({ handedOff: false, problem })) onFailure(problem, request);
      });
      return waiter.promise;
    },
    [serviceId, onStatus, onFailure, setFlow],
  );

  useDeskEvent('signIn.pending', (pending) => {
    if (pending.serviceId !== serviceId) return;
    const current = flowRef.current;
    if (current.phase !== 'starting') return;
    if (current.cancelRequested) {
      // Cancel was pressed before the window opened; this is the first moment we can act on it.
      void call('signIn.cancel', { flowId: pending.flowId });
      return;
    }
    setFlow({ phase: 'pending', pending });
    handoff.current.settle({ handedOff: true });
  });

  const cancel = useCallback(async (): Promise<Problem | undefined> => {
    const current = flowRef.current;
    if (current.phase === 'starting') {
      setFlow({ ...current, cancelRequested: true });
    } else if (current.phase === 'pending') {
      // The dialog closes when the command settles with `cancelled`, not here.
      const result = await call('signIn.cancel', { flowId: current.pending.flowId });
      if (!result.ok) return problemOf(result);
    }
    return undefined;
  }, [flowRef, setFlow]);

  return { flow, start, cancel };
}
