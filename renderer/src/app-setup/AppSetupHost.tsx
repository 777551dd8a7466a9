import { Suspense, lazy, useCallback, useReducer, type ReactNode } from 'react';
import { AppSetupContext, type AppSetupRequest } from '../app/open-app-setup';
import { DialogLoading } from '../ui/lazy-dialog';
import { initialWizardState, wizardReducer } from './wizard-state';

// The wizard is the largest part of the window and never on its first screen: its code loads
// at the first opening.
const AppSetupRun = lazy(async () => ({ default: (await import('./AppSetupRun')).AppSetupRun }));

interface AppSetupHostProps {
  children: ReactNode;
}

/**
 * Owns the "Set up your app" wizard for the whole window, so anything (the header, the connect
 * dialog, a failed sign-in) can open it, and closing it half way loses nothing.
 */
export function AppSetupHost({ children }: AppSetupHostProps) {
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const open = useCallback(
    (request: AppSetupRequest = {}) => dispatch({ type: 'show', request }),
    [],
  );
  return (
    <AppSetupContext.Provider value={open}>
      {children}
      {/* Mounted from the first opening on, so start-up sends no setup commands; a fresh start
          remounts it, so nothing of the last run (progress, a check report) is left over. */}
      {state.generation > 0 && (
        <Suspense fallback={<DialogLoading what="the app setup" />}>
          <AppSetupRun key={state.generation} state={state} dispatch={dispatch} />
        </Suspense>
      )}
    </AppSetupContext.Provider>
  );
}
