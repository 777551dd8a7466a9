import { useCallback, useMemo, type ReactNode } from 'react';
import type { AppInfo } from '../../../preload/contract';
import { useAppCheck } from '../hooks/use-app-check';
import { useAppSetupCreate } from '../hooks/use-app-setup-create';
import { useAppSetupWizard } from '../hooks/use-app-setup-wizard';
import { useCommandQuery } from '../hooks/use-command-query';
import { useSetupSession } from '../hooks/use-setup-session';
import { AppSetupContext, type AppSetupRequest } from '../lib/app-setup-request';
import { AppSetupDialog } from './AppSetupDialog';

interface AppSetupHostProps {
  info: AppInfo | undefined;
  /** A new default app changes what `app.info` says about the clouds; read it again. */
  onSaved: () => void;
  children: ReactNode;
}

/**
 * Owns the "Set up your app" wizard for the whole window, so anything (the header, the connect
 * dialog, a failed sign-in) can open it, and closing it half way loses nothing.
 */
export function AppSetupHost({ info, onSaved, children }: AppSetupHostProps) {
  const wizard = useAppSetupWizard();
  const setup = useSetupSession();
  const create = useAppSetupCreate();
  const check = useAppCheck();
  const [catalog, retryCatalog] = useCommandQuery('appSetup.catalog');
  const { show } = wizard;
  const { reset } = create;
  const { clear } = check;

  const open = useCallback(
    (request?: AppSetupRequest) => {
      if (show(request)) {
        reset();
        clear();
      }
    },
    [show, reset, clear],
  );
  // The catalog may have failed while the main side was not ready; ask again on opening.
  const openAndLoad = useMemo(
    () => (request?: AppSetupRequest) => {
      if (catalog.state === 'failed') retryCatalog();
      open(request);
    },
    [catalog.state, retryCatalog, open],
  );

  const cloud = setup.session?.cloud ?? wizard.cloud ?? info?.defaultCloud ?? 'public';

  return (
    <AppSetupContext.Provider value={openAndLoad}>
      {children}
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
    </AppSetupContext.Provider>
  );
}
