import { useCallback, useState } from 'react';
import type { ConnectAllResult, Problem, ServiceStatus } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useSignIn, type SignIn } from '../sign-in';

/** Where Connect all stands, after the person chose an account or signed in. */
export type ConnectAllState =
  | { phase: 'idle' }
  /** Signed in (or an account chosen): the core is connecting every service with it. */
  | { phase: 'connecting' }
  | { phase: 'done'; result: ConnectAllResult }
  | { phase: 'failed'; problem: Problem };

export interface ConnectAll {
  state: ConnectAllState;
  /** The one sign-in, for its code and "finish signing in" dialogs. */
  signIn: SignIn;
  /** Every service with an account that is signed in already. */
  connectWith: (connectionId: string) => Promise<void>;
  /** Closes the results; the dashboard shows the same in its panels. */
  dismiss: () => void;
}

/**
 * Connect all: one sign-in (any method; Microsoft Graph is the service it signs in for, since
 * SharePoint's site is found through it), or an account signed in already, and then the core
 * offers that connection to every service at once. `onStatus` hears each service's status.
 */
export function useConnectAll(onStatus: (status: ServiceStatus) => void): ConnectAll {
  const [state, setState] = useState<ConnectAllState>({ phase: 'idle' });

  const connectWith = useCallback(
    async (connectionId: string) => {
      setState({ phase: 'connecting' });
      const result = await call('service.connectAll', { connectionId });
      if (!result.ok) return setState({ phase: 'failed', problem: problemOf(result) });
      for (const entry of result.value.services) if (entry.status) onStatus(entry.status);
      setState({ phase: 'done', result: result.value });
    },
    [onStatus],
  );

  const signedIn = useCallback(
    (status: ServiceStatus) => {
      onStatus(status);
      // Any sign-in that saved a connection serves the others, whatever Graph itself said.
      if (status.connectionId) void connectWith(status.connectionId);
      else if (status.problem) setState({ phase: 'failed', problem: status.problem });
    },
    [onStatus, connectWith],
  );
  const signIn = useSignIn('graph', signedIn, 'Waiting for the Connect all sign-in to finish…');
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  // A sign-in that failed once its code or window was shown ends here too.
  const { failure, dismissFailure } = signIn;
  const shown: ConnectAllState =
    state.phase === 'idle' && failure ? { phase: 'failed', problem: failure.problem } : state;
  const dismissAll = useCallback(() => {
    dismissFailure();
    dismiss();
  }, [dismissFailure, dismiss]);

  return { state: shown, signIn, connectWith, dismiss: dismissAll };
}
