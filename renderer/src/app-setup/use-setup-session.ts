import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandInput, Problem, SetupSession } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandQuery, type Load } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';
import type { SignInFlow, InteractiveFlow } from '../sign-in';
import { useLatestState } from '../bridge/use-latest-state';

export type SetupSignInRequest = CommandInput<'appSetup.signIn'>;
export type SetupSignInMethod = SetupSignInRequest['method'];

export interface SetupSessionState {
  /** Who the wizard is signed in as; undefined while loading or signed out. */
  session: SetupSession | undefined;
  loading: boolean;
  signingIn: boolean;
  /** The last sign-in or sign-out that failed. */
  problem: Problem | undefined;
  dismissProblem: () => void;
  /** For the device code dialog, which this sign-in shares with the panels. */
  deviceCode: SignInFlow;
  /** For the "finish signing in" dialog. */
  interactive: InteractiveFlow;
  signIn: (request: SetupSignInRequest) => void;
  renewCode: () => void;
  cancel: () => Promise<Problem | undefined>;
  signOut: () => Promise<void>;
}

/**
 * The bootstrap sign-in's events come with this service id: the wizard signs in to Entra
 * (through the first-party app) to manage app registrations.
 */
const setupServiceId = 'entra';
const idleCode: SignInFlow = { phase: 'idle' };
const idleWindow: InteractiveFlow = { phase: 'idle' };
// The core and this window read the clock separately; allow a little drift.
const clockSlackMs = 2_000;

/**
 * The wizard's own sign-in, through Microsoft's first-party app (as `m365 setup` does). It is
 * separate from every connection: it exists only to create or check an app registration.
 */
export function useSetupSession(
  /** Every sign-in that succeeds: a new person (or the same one again) starts a new attempt. */
  onSignedIn?: (session: SetupSession) => void,
): SetupSessionState {
  const [query] = useCommandQuery('appSetup.session');
  // Set once this window signed in or out; from then on the first read is out of date.
  const [known, setKnown] = useState<{ session: SetupSession | undefined }>();
  const [problem, setProblem] = useState<Problem>();
  const [code, codeRef, setCode] = useLatestState<SignInFlow>(idleCode);
  const [windowFlow, windowRef, setWindow] = useLatestState<InteractiveFlow>(idleWindow);
  const [signingIn, setSigningIn] = useState(false);
  const generation = useRef(0);
  const lastRequest = useRef<SetupSignInRequest>(undefined);
  const signedIn = useRef(onSignedIn);
  useEffect(() => {
    signedIn.current = onSignedIn;
  });

  const run = useCallback(
    (request: SetupSignInRequest, renewing: boolean) => {
      const mine = ++generation.current;
      lastRequest.current = request;
      setProblem(undefined);
      setSigningIn(true);
      if (request.method === 'device-code') {
        setCode({ phase: 'starting', renewing, cancelRequested: false });
      } else {
        setWindow({ phase: 'starting', method: request.method, cancelRequested: false });
      }
      void call('appSetup.signIn', request).then((result) => {
        if (mine !== generation.current) return;
        setSigningIn(false);
        const current = codeRef.current;
        setWindow(idleWindow);
        if (result.ok) {
          setCode(idleCode);
          setKnown({ session: result.value });
          signedIn.current?.(result.value);
        } else if (result.code === 'cancelled') {
          setCode(idleCode);
        } else if (
          current.phase === 'waiting' &&
          Date.now() >= Date.parse(current.prompt.expiresAt) - clockSlackMs
        ) {
          // The code ran out: keep the dialog open to offer a new one.
          setCode({ phase: 'expired', prompt: current.prompt });
        } else {
          setCode(idleCode);
          setProblem(problemOf(result));
        }
      });
    },
    [codeRef, setCode, setWindow],
  );

  useDeskEvent('signIn.deviceCode', (prompt) => {
    if (prompt.serviceId !== setupServiceId) return;
    const current = codeRef.current;
    if (current.phase === 'starting' && current.cancelRequested) {
      void call('signIn.cancel', { flowId: prompt.flowId });
    } else if (current.phase === 'starting' || current.phase === 'waiting') {
      setCode({ phase: 'waiting', prompt });
    }
  });

  useDeskEvent('signIn.pending', (pending) => {
    if (pending.serviceId !== setupServiceId) return;
    const current = windowRef.current;
    if (current.phase !== 'starting') return;
    if (current.cancelRequested) void call('signIn.cancel', { flowId: pending.flowId });
    else setWindow({ phase: 'pending', pending });
  });

  const signIn = useCallback((request: SetupSignInRequest) => run(request, false), [run]);
  const renewCode = useCallback(() => {
    if (lastRequest.current) run(lastRequest.current, true);
  }, [run]);

  const cancel = useCallback(async (): Promise<Problem | undefined> => {
    const codeNow = codeRef.current;
    const windowNow = windowRef.current;
    if (codeNow.phase === 'expired') {
      setCode(idleCode);
      return undefined;
    }
    if (codeNow.phase === 'starting') setCode({ ...codeNow, cancelRequested: true });
    if (windowNow.phase === 'starting') setWindow({ ...windowNow, cancelRequested: true });
    const flowId =
      codeNow.phase === 'waiting'
        ? codeNow.prompt.flowId
        : windowNow.phase === 'pending'
          ? windowNow.pending.flowId
          : undefined;
    if (!flowId) return undefined;
    // The dialog closes when the sign-in settles with `cancelled`, not here.
    const result = await call('signIn.cancel', { flowId });
    return result.ok ? undefined : problemOf(result);
  }, [codeRef, windowRef, setCode, setWindow]);

  const signOut = useCallback(async () => {
    setProblem(undefined);
    const result = await call('appSetup.signOut', {});
    if (result.ok) setKnown({ session: undefined });
    else setProblem(problemOf(result));
  }, []);

  const dismissProblem = useCallback(() => setProblem(undefined), []);
  const loaded: Load<SetupSession | null> = query;
  const session = known
    ? known.session
    : loaded.state === 'done'
      ? (loaded.value ?? undefined)
      : undefined;

  return {
    session,
    loading: !known && loaded.state === 'pending',
    signingIn,
    problem,
    dismissProblem,
    deviceCode: code,
    interactive: windowFlow,
    signIn,
    renewCode,
    cancel,
    signOut,
  };
}
