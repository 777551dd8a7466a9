import type {
  AppCheckReport,
  AppSetupResult,
  CloudId,
  Problem,
  ServiceId,
  SignInDefaults,
} from '../../../preload/contract';
import {
  draftOf,
  initialSelection,
  type ServiceDraft,
  type SetupSelection,
} from './app-setup-choices';
import type { AppSetupRequest } from '../app/open-app-setup';
import type { CreatePath, WizardStep } from './app-setup-request';

/** The app the wizard ends up with: created for the person, or made by hand and checked. */
export interface ReadyApp {
  clientId: string;
  tenantId: string;
  displayName?: string;
  how: 'created' | 'checked';
}

export const defaultAppName = 'M365 Desk';

/**
 * Everything the wizard remembers. It lives as long as the window, so closing the wizard half
 * way (to look something up in the portal) and opening it again picks up where it was.
 */
export interface WizardState {
  open: boolean;
  /** 0 until first opened; each fresh start counts up, so its run can start from nothing. */
  generation: number;
  step: WizardStep;
  path: CreatePath;
  /** The cloud asked for when the wizard opened, or chosen at its sign-in, if any. */
  cloud: CloudId | undefined;
  selection: SetupSelection;
  appName: string;
  /** Undefined until the person touches it: then it follows whether they may grant it. */
  grantConsent: boolean | undefined;
  /** The client id typed under "Check my app", or the one the wizard was opened with. */
  checkClientId: string | undefined;
  /** Opened at "Check my app": bring it into view once, then forget. */
  scrollToCheck: boolean;
  /** Opened at "Check my app": run the check as soon as it can (signed in, id known), once. */
  checkOnOpen: boolean;
  app: ReadyApp | undefined;
  saved: SignInDefaults | undefined;
  /** Saving the app as the default for new connections is under way. */
  saving: boolean;
  saveProblem: Problem | undefined;
}

export type WizardAction =
  /** Open it: where it was left, or from the start for a new errand. */
  | { type: 'show'; request: AppSetupRequest }
  | { type: 'close' }
  | { type: 'go-to'; step: WizardStep }
  | { type: 'set-path'; path: CreatePath }
  | { type: 'set-cloud'; cloud: CloudId }
  | { type: 'edit-service'; serviceId: ServiceId; change: Partial<ServiceDraft> }
  | { type: 'set-app-name'; name: string }
  | { type: 'set-grant-consent'; grant: boolean }
  /** Someone signed in for setup: consent follows what they may grant, until they choose. */
  | { type: 'setup-signed-in' }
  | { type: 'set-check-client-id'; clientId: string }
  /** The verification sign-in failed on the app itself: check it by hand. */
  | { type: 'check-app'; clientId: string }
  | { type: 'check-shown' }
  | { type: 'check-started' }
  | { type: 'created'; result: AppSetupResult }
  /** A "Check my app" report; the app counts once it exists and the setup tenant is known. */
  | { type: 'checked'; report: AppCheckReport; tenantId: string | undefined }
  | { type: 'save-started' }
  | { type: 'save-done'; saved: SignInDefaults }
  | { type: 'save-failed'; problem: Problem };

type RunState = Omit<WizardState, 'saving' | 'saveProblem'>;

const fresh = (request: AppSetupRequest, generation: number): RunState => {
  const toCheck = request.checkClientId !== undefined;
  return {
    open: true,
    generation,
    step: toCheck ? 'create' : 'explain',
    path: toCheck ? 'manual' : 'auto',
    cloud: request.cloud,
    // Fixing a failed sign-in: check for what that service needs to connect, no more.
    selection: initialSelection(request.services, toCheck ? 'minimal' : 'standard'),
    appName: defaultAppName,
    grantConsent: undefined,
    checkClientId: request.checkClientId || undefined,
    scrollToCheck: toCheck,
    checkOnOpen: toCheck,
    app: undefined,
    saved: undefined,
  };
};

/** Closed and never opened: nothing is mounted for it yet. */
export const initialWizardState: WizardState = {
  ...fresh({}, 0),
  open: false,
  saving: false,
  saveProblem: undefined,
};

/** A new app (or none) means nothing is saved for it yet. */
const withApp = (state: WizardState, app: ReadyApp | undefined): WizardState => ({
  ...state,
  app,
  saved: undefined,
});

function show(state: WizardState, request: AppSetupRequest): WizardState {
  const finished = state.saved !== undefined;
  const toCheck = request.checkClientId !== undefined;
  const otherCloud = request.cloud !== undefined && request.cloud !== state.cloud;
  // A new errand (a failing app to fix) or a finished run starts over; otherwise resume.
  if (state.generation === 0 || finished || toCheck || otherCloud) {
    return { ...state, ...fresh(request, state.generation + 1), saveProblem: undefined };
  }
  return { ...state, open: true, saveProblem: undefined };
}

/** The wizard's one state owner: every change it knows, as a pure function. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'show':
      return show(state, action.request);
    case 'close':
      return { ...state, open: false };
    case 'go-to':
      return { ...state, step: action.step };
    case 'set-path':
      return { ...state, path: action.path };
    case 'set-cloud':
      return { ...state, cloud: action.cloud };
    case 'edit-service': {
      const draft = { ...draftOf(state.selection, action.serviceId), ...action.change };
      return { ...state, selection: { ...state.selection, [action.serviceId]: draft } };
    }
    case 'set-app-name':
      return { ...state, appName: action.name };
    case 'set-grant-consent':
      return { ...state, grantConsent: action.grant };
    case 'setup-signed-in':
      return { ...state, grantConsent: undefined };
    case 'set-check-client-id':
      return { ...state, checkClientId: action.clientId };
    case 'check-app':
      return { ...state, checkClientId: action.clientId, path: 'manual' };
    case 'check-shown':
      return { ...state, scrollToCheck: false };
    case 'check-started':
      return { ...state, checkOnOpen: false };
    case 'created': {
      const { clientId, tenantId, displayName } = action.result;
      return withApp(state, { clientId, tenantId, displayName, how: 'created' });
    }
    case 'checked': {
      const { report, tenantId } = action;
      const exists = report.checks.find((entry) => entry.id === 'app-exists');
      return withApp(
        state,
        exists?.ok !== false && tenantId
          ? { clientId: report.clientId, tenantId, displayName: report.displayName, how: 'checked' }
          : undefined,
      );
    }
    case 'save-started':
      return { ...state, saving: true, saveProblem: undefined };
    case 'save-done':
      return { ...state, saving: false, saved: action.saved };
    case 'save-failed':
      return { ...state, saving: false, saveProblem: action.problem };
  }
}

/**
 * Which steps the stepper and Next may go to: none while the app is being created (that would
 * lose its result), the first two always, Create once a service is chosen, Save once there is
 * an app.
 */
export function canGoTo(
  step: WizardStep,
  now: { creating: boolean; serviceCount: number; hasApp: boolean },
): boolean {
  if (now.creating) return false;
  if (step === 'explain' || step === 'choose') return true;
  if (step === 'create') return now.serviceCount > 0;
  return now.hasApp;
}
