import { createContext, useContext, type Dispatch } from 'react';
import type { AppSetupCatalog, CloudId, ServiceChoice, ServiceId } from '../../../preload/contract';
import type { Load } from '../bridge/use-command-query';
import type { AppCheckState } from './use-app-check';
import type { AppSetupCreate } from './use-app-setup-create';
import type { AppVerification } from './use-app-verification';
import type { SetupSessionState } from './use-setup-session';
import type { WizardAction, WizardState } from './wizard-state';

/** One run of the wizard, as its steps read it: the state, the way to change it, the run's work. */
export interface Wizard {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  /** The cloud the app is set up in: the setup sign-in's, the one asked for, or the default. */
  cloud: CloudId;
  catalog: Load<AppSetupCatalog>;
  retryCatalog: () => void;
  /** The chosen services as the commands take them, in the catalog's order. */
  services: ServiceChoice[];
  /** "Microsoft Graph (Standard), …" */
  servicesText: string;
  labelOf: (serviceId: ServiceId) => string;
  /** The wizard's own sign-in (to create or check an app registration). */
  setup: SetupSessionState;
  create: AppSetupCreate;
  check: AppCheckState;
  /** Lives as long as the run: going Back and Next again keeps what was verified. */
  verification: AppVerification;
  /** The wizard's app was verified: the chosen services are connected through it. */
  verified: boolean;
  /** The app is being created: nothing that would lose its result is offered. */
  creating: boolean;
  /** Makes the wizard's app the default for new connections in its cloud. */
  save: () => void;
}

export const WizardContext = createContext<Wizard | undefined>(undefined);

/** The wizard run this component is part of. */
export function useWizard(): Wizard {
  const wizard = useContext(WizardContext);
  if (!wizard) throw new Error('useWizard() is only for what the wizard run renders.');
  return wizard;
}

/** The permission catalog, for the steps the dialog shows only once it has loaded. */
export function useWizardCatalog(): AppSetupCatalog {
  const { catalog } = useWizard();
  if (catalog.state !== 'done') throw new Error('A step that needs the catalog came before it.');
  return catalog.value;
}
