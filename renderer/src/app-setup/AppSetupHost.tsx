import { useEffect, type ReactNode } from 'react';
import type { AppInfo } from '../../../preload/contract';
import { useAppCheck } from './use-app-check';
import { useAppSetupCreate } from './use-app-setup-create';
import { useAppSetupWizard, type AppSetupWizard } from './use-app-setup-wizard';
import { useCommandQuery } from '../bridge/use-command-query';
import { useSetupSession } from './use-setup-session';
import { AppSetupContext } from '../app/open-app-setup';
import { AppSetupDialog } from './AppSetupDialog';
import { useAppInfo, useReloadAppInfo } from '../app/app-info';

interface AppSetupHostProps {
  children: ReactNode;
}

/**
 * Owns the "Set up your app" wizard for the whole window, so anything (the header, the connect
 * dialog, a failed sign-in) can open it, and closing it half way loses nothing.
 */
export function AppSetupHost({ children }: AppSetupHostProps) {
  const wizard = useAppSetupWizard();
  const info = useAppInfo();
  // A new default app changes what `app.info` says about the clouds; read it again.
  const onSaved = useReloadAppInfo();
  return (
    <AppSetupContext.Provider value={wizard.show}>
      {children}
      {/* Mounted from the first opening on, so start-up sends no setup commands; a fresh start
          remounts it, so nothing of the last run (progress, a check report) is left over. */}
      {wizard.generation > 0 && (
        <AppSetupRun key={wizard.generation} info={info} wizard={wizard} onSaved={onSaved} />
      )}
    </AppSetupContext.Provider>
  );
}

interface AppSetupRunProps {
  info: AppInfo | undefined;
  wizard: AppSetupWizard;
  onSaved: () => void;
}

/** One run of the wizard: its catalog, its setup sign-in, what it created or checked. */
function AppSetupRun({ info, wizard, onSaved }: AppSetupRunProps) {
  const setup = useSetupSession();
  const create = useAppSetupCreate();
  const check = useAppCheck();
  const [catalog, retryCatalog] = useCommandQuery('appSetup.catalog');
  const cloud = setup.session?.cloud ?? wizard.cloud ?? info?.defaultCloud ?? 'public';
  // Closing the wizard ends its privileged sign-in: nothing stays signed in with
  // Application.ReadWrite.All once the person has left the wizard.
  const { session, signOut } = setup;
  useEffect(() => {
    if (!wizard.open && session) void signOut();
  }, [wizard.open, session, signOut]);

  return (
    <AppSetupDialog
      info={info}
      wizard={wizard}
      catalog={catalog}
      retryCatalog={retryCatalog}
      setup={setup}
      create={create}
      check={check}
      cloud={cloud}
      onCloud={wizard.setCloud}
      onSave={() => {
        void wizard.save(cloud).then((saved) => saved && onSaved());
      }}
      onConnectNow={wizard.close}
    />
  );
}
