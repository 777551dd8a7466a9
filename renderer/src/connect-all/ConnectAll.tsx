import { Button } from '@fluentui/react-components';
import { PlugConnectedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type {
  Account,
  CloudId,
  ServiceId,
  ServicePanel,
  ServiceStatus,
} from '../../../preload/contract';
import { ConsentDialog } from '../consent';
import {
  ConnectDialog,
  DeviceCodeDialog,
  SignInPendingDialog,
  type SignInSubject,
} from '../sign-in';
import { useTellInDialog } from '../ui/told-in-dialog';
import { toldBy } from './connect-all-outcome';
import { ConnectAllResults } from './ConnectAllResults';
import { useConnectAll, type ConnectAllState } from './use-connect-all';

interface ConnectAllProps {
  panels: ServicePanel[];
  cloud: CloudId;
  /** Signed-in accounts usable in this cloud. */
  accounts: Account[];
  onStatus: (status: ServiceStatus) => void;
  /** The person may consent themselves: that service's own sign-in shows the consent page. */
  onSignInAgain: (serviceId: ServiceId) => void;
}

/** Said while its one sign-in waits: who can connect what. */
const ACCOUNT_NEED =
  'A Global Administrator can connect all six services; another account connects those its roles allow, and M365 Desk says what each of the others needs.';

function subjectFor(panels: ServicePanel[]): SignInSubject {
  const connected = panels.some((panel) => panel.status.connectionId !== undefined);
  return {
    label: 'all services',
    services: panels.map((panel) => panel.serviceId),
    appOnlySupported: true,
    appOnlyNote:
      'App-only connects every service but Viva Engage (delegated only), and SharePoint only with a certificate.',
    sharePointUrl: false,
    intro:
      'Sign in once: every service connects with this account where the app has consent, and each of the others says what it lacks. SharePoint uses your tenant’s root site, found through Microsoft Graph.' +
      (connected ? ' Services connected with another account move to this one.' : ''),
  };
}

/**
 * The results as they are now: a service bound to the connection shows its panel's status
 * (consent granted since, say), one refused before binding what it was refused for.
 */
function current(state: ConnectAllState, panels: ServicePanel[]): ConnectAllState {
  if (state.phase !== 'done') return state;
  const services = state.result.services.map((entry) => {
    const status = panels.find((panel) => panel.serviceId === entry.serviceId)?.status;
    const same = entry.status && status?.connectionId === entry.status.connectionId;
    return same ? { ...entry, status } : entry;
  });
  return { ...state, result: { ...state.result, services } };
}

/** "Connect all" beside Refresh all: the button, its sign-in and its results. */
export function ConnectAll(props: ConnectAllProps) {
  const { panels, cloud, accounts, onStatus } = props;
  const [choosing, setChoosing] = useState(false);
  const [consentFor, setConsentFor] = useState<ServiceId>();
  const run = useConnectAll(onStatus);
  const { signIn } = run;
  const labelOf = (id: ServiceId) => panels.find((panel) => panel.serviceId === id)?.label ?? id;
  const consentPanel = panels.find((panel) => panel.serviceId === consentFor);
  const busy = signIn.running || run.state.phase === 'connecting';
  const request = signIn.failure?.request;
  const results = consentPanel ? ({ phase: 'idle' } as const) : current(run.state, panels);
  useTellInDialog(toldBy(results));

  return (
    <>
      <Button
        icon={<PlugConnectedRegular />}
        disabledFocusable={busy}
        onClick={() => setChoosing(true)}
      >
        Connect all
      </Button>
      <ConnectDialog
        subject={subjectFor(panels)}
        cloud={cloud}
        accounts={accounts}
        initialSiteUrl={undefined}
        request={choosing ? {} : undefined}
        onUseAccount={async (connectionId) => {
          setChoosing(false);
          await run.connectWith(connectionId);
        }}
        onSignIn={signIn.start}
        onStarted={() => setChoosing(false)}
        onDismiss={() => {
          setChoosing(false);
          if (signIn.running) void signIn.cancel();
        }}
      />
      <DeviceCodeDialog
        serviceLabel="all services"
        accountNeed={ACCOUNT_NEED}
        flow={signIn.deviceCode.flow}
        onCancel={signIn.deviceCode.cancel}
        onRenew={() => void signIn.deviceCode.renew()}
      />
      <SignInPendingDialog
        serviceLabel="all services"
        flow={signIn.interactive.flow}
        onCancel={signIn.interactive.cancel}
      />
      <ConnectAllResults
        state={results}
        labelOf={labelOf}
        onUseBrowser={request && (() => signIn.startInBrowser(request))}
        onGrantConsent={setConsentFor}
        onDismiss={run.dismiss}
      />
      {consentPanel && (
        <ConsentDialog
          panel={consentPanel}
          open
          onStatus={onStatus}
          onSignInAgain={() => {
            setConsentFor(undefined);
            run.dismiss();
            props.onSignInAgain(consentPanel.serviceId);
          }}
          onDismiss={() => setConsentFor(undefined)}
        />
      )}
    </>
  );
}
