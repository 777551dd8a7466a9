import { createContext, useContext } from 'react';
import type { CloudId, ServiceId } from '../../../preload/contract';

/** How the "Set up your app" wizard is opened. */
export interface AppSetupRequest {
  /** The cloud to set up an app in; the dashboard's by default. */
  cloud?: CloudId;
  /** Start with these services chosen (e.g. the panel whose sign-in failed). */
  services?: ServiceId[];
  /** Open straight at "Check my app", with this app's client id filled in. */
  checkClientId?: string;
}

export type OpenAppSetup = (request?: AppSetupRequest) => void;

/**
 * Whoever may open the wizard (the header, the connect dialog, a sign-in error) asks through
 * this; the wizard's host provides it. Undefined outside that provider: then nothing offers to
 * open it.
 */
export const AppSetupContext = createContext<OpenAppSetup | undefined>(undefined);

export function useOpenAppSetup(): OpenAppSetup | undefined {
  return useContext(AppSetupContext);
}
