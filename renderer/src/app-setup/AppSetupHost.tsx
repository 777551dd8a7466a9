import { useCallback, useReducer, type Dispatch, type ReactNode } from 'react';
import { AppSetupContext, type AppSetupRequest } from '../app/open-app-setup';
import { AppSetupDialog } from './AppSetupDialog';
import { useWizardRun } from './use-wizard-run';
import { WizardContext } from './wizard-context';
import {
  initialWizardState,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state';

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
        <AppSetupRun key={state.generation} state={state} dispatch={dispatch} />
      )}
    </AppSetupContext.Provider>
  );
}

interface AppSetupRunProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}

/** One run of the wizard, given to everything in it through `useWizard()`. */
function AppSetupRun(props: AppSetupRunProps) {
  const wizard = useWizardRun(props);
  return (
    <WizardContext.Provider value={wizard}>
      <AppSetupDialog />
    </WizardContext.Provider>
  );
}
