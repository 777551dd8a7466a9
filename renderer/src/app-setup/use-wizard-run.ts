import { useEffect, type Dispatch } from 'react';
import type { ServiceId } from '../../../preload/contract';
import { useAppInfo, useReloadAppInfo } from '../app/app-info';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandQuery } from '../bridge/use-command-query';
import { describeChoices, toServiceChoices } from './app-setup-choices';
import { useAppCheck } from './use-app-check';
import { useAppSetupCreate } from './use-app-setup-create';
import { useAppVerification } from './use-app-verification';
import { useSetupSession } from './use-setup-session';
import type { Wizard } from './wizard-context';
import type { WizardAction, WizardState } from './wizard-state';

interface RunOptions {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}

/**
 * One run of the wizard: its catalog, its setup sign-in, what it created, checked and verified.
 * A fresh start remounts it, so nothing of the last run (progress, a check report) is left over.
 */
export function useWizardRun({ state, dispatch }: RunOptions): Wizard {
  const info = useAppInfo();
  // A new default app changes what `app.info` says about the clouds; read it again.
  const onSaved = useReloadAppInfo();
  const create = useAppSetupCreate();
  const check = useAppCheck();
  const { forgetFailure } = create;
  const { clear: clearCheck } = check;
  const setup = useSetupSession(() => {
    // A new setup sign-in is a new attempt: what the last person was refused, and what a check
    // read as them, no longer holds. An app already created stays (it exists).
    forgetFailure();
    clearCheck();
    dispatch({ type: 'setup-signed-in' });
  });
  const [catalog, retryCatalog] = useCommandQuery('appSetup.catalog');
  const cloud = setup.session?.cloud ?? state.cloud ?? info?.defaultCloud ?? 'public';
  const catalogValue = catalog.state === 'done' ? catalog.value : undefined;
  const services = catalogValue ? toServiceChoices(catalogValue, state.selection) : [];
  const verification = useAppVerification(services.map((choice) => choice.serviceId));

  // Closing the wizard ends its privileged sign-in: nothing stays signed in with
  // Application.ReadWrite.All once the person has left the wizard.
  const { session, signOut } = setup;
  useEffect(() => {
    if (!state.open && session) void signOut();
  }, [state.open, session, signOut]);

  const save = () => {
    const app = state.app;
    if (!app) return;
    dispatch({ type: 'save-started' });
    const defaults = { cloud, clientId: app.clientId, tenant: app.tenantId };
    void call('settings.appDefaults.set', defaults).then((result) => {
      if (!result.ok) return dispatch({ type: 'save-failed', problem: problemOf(result) });
      dispatch({ type: 'save-done', saved: result.value });
      onSaved();
    });
  };

  return {
    state,
    dispatch,
    cloud,
    catalog,
    retryCatalog,
    services,
    servicesText: catalogValue ? describeChoices(catalogValue, services) : '',
    labelOf: (serviceId: ServiceId) =>
      catalogValue?.services.find((entry) => entry.serviceId === serviceId)?.label ?? serviceId,
    setup,
    create,
    check,
    verification,
    verified: verification.verified && verification.clientId === state.app?.clientId,
    creating: create.run.phase === 'running',
    save,
  };
}
