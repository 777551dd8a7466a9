import { useCallback, useRef, useState } from 'react';
import type {
  CloudId,
  ConnectionStatus,
  DeviceCodePrompt,
  Problem,
  ServiceId,
} from '../../../preload/contract';
import { call, problemOf } from '../lib/desk-client';
import { useDeskEvent } from './use-desk-event';

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
  | { phase: 'expired'; prompt: DeviceCodePrompt };

export interface DeviceCodeSignIn {
  flow: SignInFlow;
  problem: Problem | undefined;
  dismissProblem: () => void;
  /** `siteUrl`: the SharePoint site to connect; kept for a renewed code too. */
  start: (siteUrl?: string) => void;
  /** Resolves with a problem only when the core refused to cancel. */
  cancel: () => Promise<Problem | undefined>;
  renew: () => Promise<void>;
}

const idle: SignInFlow = { phase: 'idle' };
// The core and this window read the clock separately; allow a little drift.
const clockSlackMs = 2_000;

export function useDeviceCodeSignIn(
  serviceId: ServiceId,
  cloud: CloudId,
  onStatus: (status: ConnectionStatus) => void,
): DeviceCodeSignIn {
  const [flow, setFlowState] = useState<SignInFlow>(idle);
  const [problem, setProblem] = useState<Problem>();
  // Async callbacks need the flow as it is now, not as it was when they were created.
  const flowRef = useRef<SignInFlow>(idle);
  const generation = useRef(0);
  const pending = useRef<Promise<void>>(undefined);
  const siteUrl = useRef<string>(undefined);

  const setFlow = useCallback((next: SignInFlow) => {
    flowRef.current = next;
    setFlowState(next);
  }, []);

  const run = useCallback(
    (renewing: boolean) => {
      const mine = ++generation.current;
      setProblem(undefined);
      setFlow({ phase: 'starting', renewing, cancelRequested: false });
      const settled = call('signIn.deviceCode', {
        serviceId,
        cloud,
        siteUrl: siteUrl.current,
      }).then((result) => {
        if (pending.current === settled) pending.current = undefined;
        // A renewal took over; its own run decides what the dialog shows.
        if (mine !== generation.current) return;
        const current = flowRef.current;
        if (result.ok) {
          onStatus(result.value);
          setFlow(idle);
        } else if (result.code === 'cancelled') {
          setFlow(idle);
        } else if (
          current.phase === 'waiting' &&
          Date.now() >= Date.parse(current.prompt.expiresAt) - clockSlackMs
        ) {
          setFlow({ phase: 'expired', prompt: current.prompt });
        } else {
          setFlow(idle);
          setProblem(problemOf(result));
        }
      });
      pending.current = settled;
    },
    [serviceId, cloud, onStatus, setFlow],
  );

  useDeskEvent('signIn.deviceCode', (prompt) => {
    if (prompt.serviceId !== serviceId) return;
    const current = flowRef.current;
    if (current.phase === 'starting' && current.cancelRequested) {
      // Cancel was pressed before the code arrived; this is the first moment we can act on it.
      void call('signIn.cancel', { flowId: prompt.flowId });
    } else if (current.phase === 'starting' || current.phase === 'waiting') {
      setFlow({ phase: 'waiting', prompt });
    }
  });

  const cancel = useCallback(async (): Promise<Problem | undefined> => {
    const current = flowRef.current;
    if (current.phase === 'starting') {
      setFlow({ ...current, cancelRequested: true });
    } else if (current.phase === 'expired') {
      setFlow(idle);
    } else if (current.phase === 'waiting') {
      // The dialog closes when the command settles with `cancelled`, not here.
      const result = await call('signIn.cancel', { flowId: current.prompt.flowId });
      if (!result.ok) return problemOf(result);
    }
    return undefined;
  }, [setFlow]);

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
    else run(true);
  }, [run, setFlow]);

  const start = useCallback(
    (url?: string) => {
      siteUrl.current = url;
      run(false);
    },
    [run],
  );
  const dismissProblem = useCallback(() => setProblem(undefined), []);

  return { flow, problem, dismissProblem, start, cancel, renew };
}
