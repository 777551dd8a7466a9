import { useCallback, useState } from 'react';
import type { ServiceStatus, Problem, ServiceId } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import type { SignInChoice, SignInRequest, StartOutcome } from './sign-in-choice';
import { useDeviceCodeSignIn, type DeviceCodeSignIn } from './use-device-code';
import { useInteractiveSignIn, type InteractiveSignIn } from './use-interactive-sign-in';
import { useShareSignIn } from './shared-sign-ins';

/** A sign-in that failed after the connect dialog closed; shown on the panel. */
export interface SignInFailure {
  problem: Problem;
  /** What was tried, so the panel can offer the same sign-in another way. */
  request: SignInRequest | undefined;
}

export interface SignIn {
  deviceCode: DeviceCodeSignIn;
  interactive: InteractiveSignIn;
  /** Some sign-in for this service is under way; the panel shows it as connecting. */
  running: boolean;
  failure: SignInFailure | undefined;
  dismissFailure: () => void;
  /** Starts the method the person chose; see {@link StartOutcome}. */
  start: (choice: SignInChoice) => Promise<StartOutcome>;
  /** The same sign-in in the system browser, e.g. after Conditional Access blocked device code. */
  startInBrowser: (request: SignInRequest) => void;
  /** Cancels whichever sign-in waits for the person. */
  cancel: () => Promise<Problem | undefined>;
}

/**
 * Every way one service's panel signs in, behind one start and one failure. Another part of
 * the window that signs in for a service (Connect all, the wizard) gives `waiting`, what that
 * service's panel says meanwhile; the panel's Cancel is then this sign-in's.
 */
export function useSignIn(
  serviceId: ServiceId,
  onStatus: (status: ServiceStatus) => void,
  waiting?: string,
): SignIn {
  const [failure, setFailure] = useState<SignInFailure>();
  const [appOnlyRunning, setAppOnlyRunning] = useState(false);
  const onFailure = useCallback(
    (problem: Problem, request: SignInRequest | undefined) => setFailure({ problem, request }),
    [],
  );
  const deviceCode = useDeviceCodeSignIn(serviceId, onStatus, onFailure);
  const interactive = useInteractiveSignIn(serviceId, onStatus, onFailure);
  const { start: startDeviceCode, cancel: cancelDeviceCode } = deviceCode;
  const { start: startInteractive, cancel: cancelInteractive } = interactive;
  const interactiveIdle = interactive.flow.phase === 'idle';

  const start = useCallback(
    async (choice: SignInChoice): Promise<StartOutcome> => {
      setFailure(undefined);
      if (choice.method === 'device-code') return startDeviceCode(choice.request);
      if (choice.method !== 'app-only') return startInteractive(choice.request, choice.method);
      // App-only has nobody to wait for: the answer is the outcome.
      setAppOnlyRunning(true);
      const result = await call('signIn.appOnly', { ...choice.request, serviceId });
      setAppOnlyRunning(false);
      if (!result.ok) return { handedOff: false, problem: problemOf(result) };
      onStatus(result.value);
      return { handedOff: true };
    },
    [startDeviceCode, startInteractive, serviceId, onStatus],
  );

  const startInBrowser = useCallback(
    (request: SignInRequest) => {
      setFailure(undefined);
      void startInteractive(request, 'system-browser').then((outcome) => {
        if (!outcome.handedOff) onFailure(outcome.problem, request);
      });
    },
    [startInteractive, onFailure],
  );

  const cancel = useCallback(
    () => (interactiveIdle ? cancelDeviceCode() : cancelInteractive()),
    [interactiveIdle, cancelDeviceCode, cancelInteractive],
  );

  const running =
    appOnlyRunning ||
    !interactiveIdle ||
    deviceCode.flow.phase === 'starting' ||
    deviceCode.flow.phase === 'waiting';
  const dismissFailure = useCallback(() => setFailure(undefined), []);
  useShareSignIn(serviceId, waiting, running, cancel);

  return {
    deviceCode,
    interactive,
    running,
    failure,
    dismissFailure,
    start,
    startInBrowser,
    cancel,
  };
}
