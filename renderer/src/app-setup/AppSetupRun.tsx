import type { Dispatch } from 'react';
import { AppSetupDialog } from './AppSetupDialog';
import { useWizardRun } from './use-wizard-run';
import { WizardContext } from './wizard-context';
import type { WizardAction, WizardState } from './wizard-state';

export interface AppSetupRunProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}

/** One run of the wizard, given to everything in it through `useWizard()`. */
export function AppSetupRun(props: AppSetupRunProps) {
  const wizard = useWizardRun(props);
  return (
    <WizardContext.Provider value={wizard}>
      <AppSetupDialog />
    </WizardContext.Provider>
  );
}
