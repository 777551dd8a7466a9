import { Body1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type {
  Account,
  CloudId,
  ServiceState,
  ServiceStatus,
  ServicePanel as ServicePanelData,
} from '../../../preload/contract';
import { useServiceActions } from './use-service-actions';
import {
  useSignIn,
  useSharedSignIn,
  prefillFor,
  subjectOfPanel,
  ConnectDialog,
  type ConnectRequest,
  DeviceCodeDialog,
  SignInPendingDialog,
} from '../sign-in';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { useOpenAppSetup } from '../app/open-app-setup';
import { ConsentDialog } from '../consent';
import { ConnectionDetails } from './ConnectionDetails';
import { ConnectionTools } from './ConnectionTools';
import { PanelActions } from './PanelActions';
import { PanelHeader } from './PanelHeader';
import { PanelNotices } from './PanelNotices';
import { PanelChangeDialogs } from './PanelChangeDialogs';
import { TokenDetailsDialog } from './lazy-dialogs';
import { useCurrentFailures, type PanelFailure } from './use-current-failures';
import { useToldInDialog } from '../ui/told-in-dialog';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // Pushes the actions to the bottom so buttons line up across a row of cards.
  grow: { flexGrow: 1 },
});

type PanelDialog = 'disconnect' | 'token' | 'consent' | 'site-url';

interface ServicePanelProps {
  panel: ServicePanelData;
  cloud: CloudId;
  /** Signed-in accounts usable in this cloud. */
  accounts: Account[];
  /** Many panels on screen: fold the long details away. */
  compact: boolean;
  onStatus: (status: ServiceStatus) => void;
  /** Set while this panel's connect dialog is open. */
  connectRequest: ConnectRequest | undefined;
  onConnectRequest: (request: ConnectRequest | undefined) => void;
}

/** One card per service: what it is, how it is connected, and the next thing to do. */
export function ServicePanel(props: ServicePanelProps) {
  const { panel, cloud, accounts, compact, onStatus, connectRequest, onConnectRequest } = props;
  const styles = useStyles();
  const { serviceId, label, description, status } = panel;
  const signIn = useSignIn(serviceId, onStatus);
  const actions = useServiceActions(serviceId, onStatus);
  const [dialog, setDialog] = useState<PanelDialog>();
  const close = () => setDialog(undefined);

  const signingIn = signIn.running;
  const state: ServiceState = signingIn ? 'connecting' : status.state;
  // Connecting by a sign-in of Connect all's or the wizard's: that one is waited for, and cancelled.
  const shared = useSharedSignIn(serviceId);
  const waitingFor = signingIn ? undefined : shared;
  const cancelSignIn = signingIn ? signIn.cancel : waitingFor?.cancel;
  const checking = !signingIn && status.checking === true;
  const toldInDialog = useToldInDialog(serviceId);
  const hasSession = status.account !== undefined || status.state === 'connected';
  const siteUrl = status.sharePoint?.siteUrl;
  const switchTargets = accounts.filter((account) => account.id !== status.connectionId);
  // The accounts list hears about a rename at once; the status may say the old name for a while.
  const account = accounts.find((entry) => entry.id === status.connectionId);
  const accountName = account?.name ?? status.connectionName;

  const openAppSetup = useOpenAppSetup();
  // "Check my app" for the app that failed; without one sent, the wizard uses the default app.
  const fixApp = (clientId: string | undefined, appCloud: CloudId) =>
    openAppSetup &&
    (() => openAppSetup({ cloud: appCloud, services: [serviceId], checkClientId: clientId ?? '' }));

  const { failure } = signIn;
  const failures: PanelFailure[] = [];
  if (failure) {
    const { request } = failure;
    failures.push({
      problem: failure.problem,
      dismiss: signIn.dismissFailure,
      useBrowser: request && (() => signIn.startInBrowser(request)),
      fixApp: isAppRegistrationProblem(failure.problem)
        ? fixApp(request?.app?.clientId, request?.cloud ?? cloud)
        : undefined,
    });
  }
  if (actions.problem) failures.push({ problem: actions.problem, dismiss: actions.dismissProblem });
  const current = useCurrentFailures(failures, status);
  const closeConnect = () => onConnectRequest(undefined);
  const signInAgain = () => onConnectRequest({ prefill: account && prefillFor(account) });

  return (
    <section
      aria-label={label}
      className={styles.card}
      data-service={serviceId}
      data-state={state}
      data-checking={checking || undefined}
    >
      <PanelHeader
        serviceId={serviceId}
        label={label}
        description={description}
        state={state}
        checking={checking}
        accountName={hasSession ? accountName : undefined}
        switchTargets={switchTargets}
        switching={actions.busy === 'use-account'}
        busy={actions.busy !== undefined}
        onSwitch={(connectionId) => void actions.connectWith(connectionId, siteUrl)}
      />

      <PanelNotices
        panel={panel}
        state={state}
        failures={current}
        reasonOnAccount={state === 'needs-sign-in' && account?.signInRequired !== undefined}
        onUseAnotherAccount={() => onConnectRequest({})}
        onCheckTenant={signInAgain}
        onFixApp={fixApp(status.clientId, status.cloud)}
        toldInDialog={toldInDialog}
      />

      <div className={styles.grow}>
        {state === 'connecting' ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={waitingFor?.waiting ?? 'Waiting for the sign-in to finish…'}
          />
        ) : hasSession ? (
          <ConnectionDetails
            status={status}
            compact={compact}
            appOnly={account?.kind === 'app-only'}
          />
        ) : state === 'disconnected' ? (
          <Body1 className={styles.muted}>Not connected.</Body1>
        ) : null}
        {hasSession && !signingIn && (
          <ConnectionTools status={status} appOnly={account?.kind === 'app-only'} />
        )}
      </div>

      <PanelActions
        state={state}
        hasSession={hasSession}
        hasTokenDetails={status.tokenDetails !== undefined}
        busy={actions.busy}
        onConnect={() => onConnectRequest({})}
        onChangeUrl={panel.needsSiteUrl && siteUrl ? () => setDialog('site-url') : undefined}
        onSignInAgain={signInAgain}
        onGrantConsent={() => setDialog('consent')}
        onCancelSignIn={cancelSignIn && (() => void cancelSignIn())}
        onRefresh={() => void actions.refresh()}
        onDisconnect={() => setDialog('disconnect')}
        onTokenDetails={() => setDialog('token')}
      />

      <ConnectDialog
        subject={subjectOfPanel(panel)}
        cloud={cloud}
        accounts={accounts}
        initialSiteUrl={siteUrl}
        request={connectRequest}
        onUseAccount={async (connectionId, url) => {
          await actions.connectWith(connectionId, url);
          closeConnect();
        }}
        onSignIn={signIn.start}
        onStarted={closeConnect}
        onDismiss={() => {
          closeConnect();
          // Closed while the core was still starting the sign-in: stop it too.
          if (signIn.running) void signIn.cancel();
        }}
      />
      <DeviceCodeDialog
        serviceLabel={label}
        accountNeed={panel.accountNeed}
        flow={signIn.deviceCode.flow}
        onCancel={signIn.deviceCode.cancel}
        onRenew={() => void signIn.deviceCode.renew()}
      />
      <SignInPendingDialog
        serviceLabel={label}
        flow={signIn.interactive.flow}
        onCancel={signIn.interactive.cancel}
      />
      <ConsentDialog
        panel={panel}
        open={dialog === 'consent'}
        onStatus={onStatus}
        onSignInAgain={() => {
          close();
          signInAgain();
        }}
        onDismiss={close}
      />
      <TokenDetailsDialog
        serviceLabel={label}
        details={status.tokenDetails}
        open={dialog === 'token'}
        onDismiss={close}
      />
      <PanelChangeDialogs
        open={dialog === 'site-url' || dialog === 'disconnect' ? dialog : undefined}
        panel={panel}
        state={state}
        account={account}
        accountName={accountName}
        onStatus={onStatus}
        onDisconnect={() => void actions.disconnect()}
        onDismiss={close}
      />
    </section>
  );
}
