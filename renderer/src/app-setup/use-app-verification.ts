import { useCallback, useRef, useState } from 'react';
import type {
  CloudId,
  ServiceStatus,
  InteractiveMethodId,
  Problem,
  ServiceId,
} from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { signInOrder } from './app-setup-choices';
import { type SignInRequest, useSignIn, type SignIn } from '../sign-in';

/** One chosen service after the verification sign-in: connected through the new app, or why not. */
export interface VerifiedService {
  serviceId: ServiceId;
  status?: ServiceStatus;
  problem?: Problem;
}

export type Verification =
  | { phase: 'idle' }
  | { phase: 'signing-in' }
  /** Signed in for the first service; the others follow with the same account. */
  | { phase: 'connecting'; results: VerifiedService[] }
  | { phase: 'done'; results: VerifiedService[] }
  | { phase: 'failed'; problem: Problem; request: SignInRequest | undefined };

export type VerifyMethod = 'device-code' | InteractiveMethodId;

export interface AppToVerify {
  cloud: CloudId;
  clientId: string;
  tenantId: string;
}

export interface AppVerification {
  state: Verification;
  /** The app the state belongs to (a new app starts over). */
  clientId: string | undefined;
  /** The sign-in itself, for the device code and "finish signing in" dialogs. */
  signIn: SignIn;
  /** Every chosen service connected through the app. */
  verified: boolean;
  start: (app: AppToVerify, method: VerifyMethod) => void;
  dismissProblem: () => void;
}

const idle: Verification = { phase: 'idle' };

/**
 * "Verify by signing in with the new app": one real sign-in through the app (any method), then
 * the other chosen services with the same account. It proves the token service knows the app,
 * that its public client settings and redirect URIs work and that consent was granted, and it
 * leaves the chosen services connected through it. `services` are the chosen ones, in any order.
 */
export function useAppVerification(services: ServiceId[]): AppVerification {
  const [stored, setStored] = useState<Verification>(idle);
  const [clientId, setClientId] = useState<string>();
  const [handedOff, setHandedOff] = useState(false);
  const [head, ...others] = signInOrder(services);
  // A new array each render; what matters is which services follow the first.
  const othersKey = others.join(',');
  const rest = useRef<ServiceId[]>([]);

  const connectRest = useCallback(async (status: ServiceStatus) => {
    const results: VerifiedService[] = [{ serviceId: status.serviceId, status }];
    const connectionId = status.connectionId;
    if (status.state !== 'connected' || !connectionId) {
      setStored({ phase: 'done', results });
      return;
    }
    setStored({ phase: 'connecting', results });
    for (const serviceId of rest.current) {
      const result = await call('service.useAccount', { serviceId, connectionId });
      results.push(
        result.ok ? { serviceId, status: result.value } : { serviceId, problem: problemOf(result) },
      );
      setStored({ phase: 'connecting', results: [...results] });
    }
    setStored({ phase: 'done', results });
  }, []);

  const signIn = useSignIn(
    head ?? 'graph',
    (status) => void connectRest(status),
    'Waiting for the sign-in that verifies your new app…',
  );
  const { running, failure, start: startSignIn } = signIn;

  const start = useCallback(
    (app: AppToVerify, method: VerifyMethod) => {
      rest.current = othersKey ? (othersKey.split(',') as ServiceId[]) : [];
      setClientId(app.clientId);
      setHandedOff(false);
      setStored({ phase: 'signing-in' });
      const request: SignInRequest = {
        cloud: app.cloud,
        app: { clientId: app.clientId, tenant: app.tenantId },
      };
      void startSignIn({ method, request }).then((outcome) => {
        if (outcome.handedOff) setHandedOff(true);
        else setStored({ phase: 'failed', problem: outcome.problem, request });
      });
    },
    [startSignIn, othersKey],
  );

  // Once handed over, the sign-in ends in a status (above), a failure or a cancel.
  let state = stored;
  if (stored.phase === 'signing-in' && handedOff && !running) {
    state = failure
      ? { phase: 'failed', problem: failure.problem, request: failure.request }
      : idle;
  }
  const verified =
    state.phase === 'done' && state.results.every((entry) => entry.status?.state === 'connected');
  const dismissProblem = useCallback(() => setStored(idle), []);
  return { state, clientId, signIn, verified, start, dismissProblem };
}
