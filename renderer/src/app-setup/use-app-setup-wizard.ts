import { useCallback, useState } from 'react';
import type {
  CloudId,
  PermissionLevel,
  Problem,
  ServiceId,
  SignInDefaults,
} from '../../../preload/contract';
import { draftOf, initialSelection, type SetupSelection } from './app-setup-choices';
import type { AppSetupRequest } from '../app/open-app-setup';
import type { CreatePath, WizardStep } from './app-setup-request';
import { call, problemOf } from '../bridge/desk-client';

/** The app the wizard ends up with: created for the person, or made by hand and checked. */
export interface ReadyApp {
  clientId: string;
  tenantId: string;
  displayName?: string;
  how: 'created' | 'checked';
}

export interface AppSetupWizard extends State {
  saving: boolean;
  saveProblem: Problem | undefined;
  /** Opens the wizard: where it was left, or from the start for a new errand. */
  show: (request?: AppSetupRequest) => void;
  close: () => void;
  goTo: (step: WizardStep) => void;
  setPath: (path: CreatePath) => void;
  setCloud: (cloud: CloudId) => void;
  toggleService: (serviceId: ServiceId, selected: boolean) => void;
  setLevel: (serviceId: ServiceId, level: PermissionLevel) => void;
  setIncludeApplication: (serviceId: ServiceId, include: boolean) => void;
  setAppName: (name: string) => void;
  setGrantConsent: (grant: boolean) => void;
  setCheckClientId: (clientId: string) => void;
  checkShown: () => void;
  checkStarted: () => void;
  setApp: (app: ReadyApp | undefined) => void;
  /** True when saved. */
  save: (cloud: CloudId) => Promise<boolean>;
}

export const defaultAppName = 'M365 Desk';

interface State {
  open: boolean;
  /** 0 until first opened; each fresh start counts up, so its run can start from nothing. */
  generation: number;
  step: WizardStep;
  path: CreatePath;
  /** The cloud asked for when the wizard opened, if any. */
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
}

const fresh = (request: AppSetupRequest, generation: number): State => ({
  open: true,
  generation,
  step: request.checkClientId !== undefined ? 'create' : 'explain',
  path: request.checkClientId !== undefined ? 'manual' : 'auto',
  cloud: request.cloud,
  // Fixing a failed sign-in: check for what that service needs to connect, no more.
  selection: initialSelection(
    request.services,
    request.checkClientId !== undefined ? 'minimal' : 'standard',
  ),
  appName: defaultAppName,
  grantConsent: undefined,
  checkClientId: request.checkClientId || undefined,
  scrollToCheck: request.checkClientId !== undefined,
  checkOnOpen: request.checkClientId !== undefined,
  app: undefined,
  saved: undefined,
});

/**
 * Everything the wizard remembers. It lives as long as the window, so closing the wizard half
 * way (to look something up in the portal) and opening it again picks up where it was.
 */
export function useAppSetupWizard(): AppSetupWizard {
  const [state, setState] = useState<State>(() => ({ ...fresh({}, 0), open: false }));
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<Problem>();
  const patch = useCallback(
    (change: Partial<State>) => setState((current) => ({ ...current, ...change })),
    [],
  );
  const patchService = useCallback(
    (serviceId: ServiceId, change: Partial<ReturnType<typeof draftOf>>) =>
      setState((current) => ({
        ...current,
        selection: {
          ...current.selection,
          [serviceId]: { ...draftOf(current.selection, serviceId), ...change },
        },
      })),
    [],
  );

  const show = useCallback(
    (request: AppSetupRequest = {}) => {
      setSaveProblem(undefined);
      const finished = state.saved !== undefined;
      const toCheck = request.checkClientId !== undefined;
      const otherCloud = request.cloud !== undefined && request.cloud !== state.cloud;
      // A new errand (a failing app to fix) or a finished run starts over; otherwise resume.
      if (state.generation === 0 || finished || toCheck || otherCloud) {
        setState(fresh(request, state.generation + 1));
      } else {
        patch({ open: true });
      }
    },
    [state.generation, state.saved, state.cloud, patch],
  );

  const save = useCallback(
    async (cloud: CloudId) => {
      const app = state.app;
      if (!app) return false;
      setSaving(true);
      setSaveProblem(undefined);
      const result = await call('settings.appDefaults.set', {
        cloud,
        clientId: app.clientId,
        tenant: app.tenantId,
      });
      setSaving(false);
      if (result.ok) patch({ saved: result.value });
      else setSaveProblem(problemOf(result));
      return result.ok;
    },
    [state.app, patch],
  );

  return {
    ...state,
    saving,
    saveProblem,
    show,
    close: useCallback(() => patch({ open: false }), [patch]),
    goTo: useCallback((step: WizardStep) => patch({ step }), [patch]),
    setPath: useCallback((path: CreatePath) => patch({ path }), [patch]),
    setCloud: useCallback((cloud: CloudId) => patch({ cloud }), [patch]),
    toggleService: useCallback(
      (serviceId: ServiceId, selected: boolean) => patchService(serviceId, { selected }),
      [patchService],
    ),
    setLevel: useCallback(
      (serviceId: ServiceId, level: PermissionLevel) => patchService(serviceId, { level }),
      [patchService],
    ),
    setIncludeApplication: useCallback(
      (serviceId: ServiceId, includeApplication: boolean) =>
        patchService(serviceId, { includeApplication }),
      [patchService],
    ),
    setAppName: useCallback((appName: string) => patch({ appName }), [patch]),
    setGrantConsent: useCallback((grantConsent: boolean) => patch({ grantConsent }), [patch]),
    setCheckClientId: useCallback((checkClientId: string) => patch({ checkClientId }), [patch]),
    checkShown: useCallback(() => patch({ scrollToCheck: false }), [patch]),
    checkStarted: useCallback(() => patch({ checkOnOpen: false }), [patch]),
    setApp: useCallback((app: ReadyApp | undefined) => patch({ app, saved: undefined }), [patch]),
    save,
  };
}
