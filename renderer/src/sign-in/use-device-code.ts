import { useCallback, useRef } from 'react';
import type {
  ServiceStatus,
  DeviceCodePrompt,
  Problem,
  ServiceId,
} from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { createHandoff, noHandoff, type Handoff } from './handoff';
import type { SignInRequest, StartOutcome } from './sign-in-choice';
import { useDeskEvent } from '../bridge/use-desk-event';
import { useLatestState } from '../bridge/use-latest-state';

/**
 * Where a device code sign-in stands, as far as this window is concerned. `signIn.deviceCode`
 * (the command) resolves only when the whole flow is over; the code to show arrives in between
 * as a `signIn.deviceCode` event.
 */
export type SignInFlow =
  | { phase: 'idle' }
  /** Command sent, no code yet. `renewing`: replacing an expired code, keep the dialog open. */
  | { phase: 'starting'; renewing: boolean; cancelRequested: boolean }
  | { phase: 'waiting'; prompt: DeviceCodePrompt }
  /** The flow ended because the code expired; the dialog stays open to offer a new one. */
  | { phase: 'expired'; prompt: DeviceCodePrompt }
  /**
   * The flow ended while its code was shown (declined, a code the service ended or no longer
   * knows, ...): the dialog stops counting down and says why, where the person is looking.
   */
  | { phase: 'stopped'; prompt: DeviceCodePrompt; problem: Problem };

export interface DeviceCodeSignIn {
  flow: SignInFlow;
  /** Resolves once the code is on screen, or with the core's refusal before that. */
  start: (request: SignInRequest) => Promise<StartOutcome>;
  /** Resolves with a problem only when the core refused to cancel. */
  cancel: () => Promise<Problem | undefined>;
  renew: () => Promise<void>;
}

const idle: SignInFlow = { phase: 'idle' };

/**
 * A failure after the code was shown is said in the code's dialog, unless its way out is a
 * button of the panel's (the browser instead, or fixing the app registration).
 */
const staysInDialog = (problem: Problem) =>
  problem.remedy !== 'browser-instead' && problem.remedy !== 'fix-app-registration';
// The core and this window read the clock separately; allow a little drift.
const clockSlackMs = 2_000;

/**
 * `onFailure` hears of failures after the code was shown (or of a renewed code), when nobody
 * waits on `start` any more; the request is kept so the failure can offer another way in.
 */
export function useDeviceCodeSignIn(
  serviceId: ServiceId,
  onStatus: (status: ServiceStatus) => void,
  onFailure: (problem: Problem, request: SignInRequest) => void,
): DeviceCodeSignIn {
  const [flow, flowRef, setFlow] = useLatestState<SignInFlow>(idle);
  const generation = useRef(0);
  const pending = useRef<Promise<void>>(undefined);
  // Kept for a renewed code: same cloud, site and app.
  const lastRequest = useRef<SignInRequest>({ cloud: 'public' });
  const handoff = useRef<Handoff>(noHandoff);

  const run = useCallback(
    (renewing: boolean): Promise<StartOutcome> => {
      const mine = ++generation.current;
      const request = lastRequest.current;
      const waiter = renewing ? noHandoff : createHandoff();
      handoff.current = waiter;
      setFlow({ phase: 'starting', renewing, cancelRequested: false });
      const settled = call('signIn.deviceCode', { ...request, serviceId }).then((result) => {
        if (pending.current === settled) pending.current = undefined;
        // A renewal took over; its own run decides what the dialog shows.
        if (mine !== generation.current) return;
        const current = flowRef.current;
        if (result.ok) {
          onStatus(result.value);
          setFlow(idle);
          waiter.settle({ handedOff: true });
        } else if (result.code === 'cancelled') {
          setFlow(idle);
          waiter.settle({ handedOff: true });
        } else if (
          current.phase === 'waiting' &&
          Date.now() >= Date.parse(current.prompt.expiresAt) - clockSlackMs
        ) {
          setFlow({ phase: 'expired', prompt: current.prompt });
        } else if (current.phase === 'waiting' && staysInDialog(problemOf(result))) {
          setFlow({ phase: 'stopped', prompt: current.prompt, problem: problemOf(result) });
        } else {
          setFlow(idle);
          const problem = problemOf(result);
          if (!waiter.settle({ handedOff: false, problem })) onFailure(problem, request);
        }
      });
      pending.current = settled;
      return waiter.promise;
    },
    [serviceId, onStatus, onFailure, flowRef, setFlow],
  );

  useDeskEvent('signIn.deviceCode', (prompt) => {
    if (prompt.serviceId !== serviceId) return;
    const current = flowRef.current;
    if (current.phase === 'starting' && current.cancelRequested) {
      // Cancel was pressed before the code arrived; this is the first moment we can act on it.
      void call('signIn.cancel', { flowId: prompt.flowId });
    } else if (current.phase === 'starting' || current.phase === 'waiting') {
      setFlow({ phase: 'waiting', prompt });
      handoff.current.settle({ handedOff: true });
    }
  });

  const cancel = useCallback(async (): Promise<Problem | undefined> => {
    const current = flowRef.current;
    if (current.phase === 'starting') {
      setFlow({ ...current, cancelRequested: true });
    } else if (current.phase === 'expired' || current.phase === 'stopped') {
      setFlow(idle);
    } else if (current.phase === 'waiting') {
      // The dialog closes when the command settles with `cancelled`, not here.
      const result = await call('signIn.cancel', { flowId: current.prompt.flowId });
      if (!result.ok) return problemOf(result);
    }
    return undefined;
  }, [flowRef, setFlow]);

  const renew = useCallback(async () => {
    const current = flowRef.current;
    const previous = pending.current;
    generation.current++;
    setFlow({ phase: 'starting', renewing: true, cancelRequested: false });
    if (previous && current.phase === 'waiting') {
      // One flow at a time: end the old one (its code is dead anyway) before asking again.
      void call('signIn.cancel', { flowId: current.prompt.flowId });
      await previous;
    }
    const now = flowRef.current;
    if (now.phase === 'starting' && now.cancelRequested) setFlow(idle);
    else void run(true);
  }, [run, flowRef, setFlow]);

  const start = useCallback(
    (request: SignInRequest) => {
      lastRequest.current = request;
      return run(false);
    },
    [run],
  );

  return { flow, start, cancel, renew };
}
