import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  PlugConnectedRegular,
  PlugDisconnectedRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type {
  CloudId,
  ConnectionState,
  ConnectionStatus,
  ServicePanel as ServicePanelData,
} from '../../../preload/contract';
import { useConnectionActions } from '../hooks/use-connection-actions';
import { useDeviceCodeSignIn } from '../hooks/use-device-code';
import { serviceIcons } from '../lib/service-icons';
import { ConnectionDetails } from './ConnectionDetails';
import { DeviceCodeDialog } from './DeviceCodeDialog';
import { DisconnectDialog } from './DisconnectDialog';
import { ProblemBar } from './ProblemBar';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  iconTile: {
    display: 'grid',
    placeItems: 'center',
    flexShrink: 0,
    width: '40px',
    height: '40px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '24px',
  },
  heading: { flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: { color: tokens.colorNeutralForeground2 },
  body: { color: tokens.colorNeutralForeground2 },
  pending: { justifyContent: 'flex-start' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

interface ServicePanelProps {
  panel: ServicePanelData;
  cloud: CloudId;
  onStatus: (status: ConnectionStatus) => void;
}

/** One card per service: what it is, how it is connected, and the next thing to do. */
export function ServicePanel({ panel, cloud, onStatus }: ServicePanelProps) {
  const styles = useStyles();
  const { serviceId, label, description, status } = panel;
  const signIn = useDeviceCodeSignIn(serviceId, cloud, onStatus);
  const actions = useConnectionActions(serviceId, onStatus);
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  const Icon = serviceIcons[serviceId];

  const signingIn = signIn.flow.phase === 'starting' || signIn.flow.phase === 'waiting';
  const state: ConnectionState = signingIn ? 'connecting' : status.state;
  // A session exists while the core holds an account, even if its token needs attention.
  const hasSession = status.account !== undefined || status.state === 'connected';

  const refreshButton = (
    <Button
      icon={actions.busy === 'refresh' ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />}
      disabledFocusable={actions.busy !== undefined}
      onClick={() => void actions.refresh()}
    >
      Refresh
    </Button>
  );
  const disconnectButton = (
    <Button
      appearance="subtle"
      icon={actions.busy === 'disconnect' ? <Spinner size="tiny" /> : <PlugDisconnectedRegular />}
      disabledFocusable={actions.busy !== undefined}
      onClick={() => setConfirmingDisconnect(true)}
    >
      Disconnect
    </Button>
  );
  const connectButton = (text: string) => (
    <Button appearance="primary" icon={<PlugConnectedRegular />} onClick={signIn.start}>
      {text}
    </Button>
  );

  return (
    <section aria-label={label} className={styles.card} data-service={serviceId} data-state={state}>
      <div className={styles.header}>
        <div className={styles.iconTile} aria-hidden>
          <Icon />
        </div>
        <div className={styles.heading}>
          <h2 className={styles.title}>{label}</h2>
          <Body1 className={styles.description}>{description}</Body1>
        </div>
        <StateBadge state={state} />
      </div>

      {status.problem && state !== 'connecting' && (
        <ProblemBar
          problem={status.problem}
          intent={status.state === 'needs-sign-in' ? 'warning' : 'error'}
        />
      )}
      {signIn.problem && <ProblemBar problem={signIn.problem} onDismiss={signIn.dismissProblem} />}
      {actions.problem && (
        <ProblemBar problem={actions.problem} onDismiss={actions.dismissProblem} />
      )}

      {signingIn ? (
        <Spinner
          className={styles.pending}
          size="tiny"
          labelPosition="after"
          label="Waiting for the sign-in to finish…"
        />
      ) : hasSession ? (
        <ConnectionDetails status={status} />
      ) : (
        <Body1 className={styles.body}>
          Not connected. You sign in with a device code in your browser, so M365 Desk never sees
          your password.
        </Body1>
      )}

      <div className={styles.actions}>
        {state === 'connecting' && <Button onClick={() => void signIn.cancel()}>Cancel</Button>}
        {state === 'disconnected' && connectButton('Connect')}
        {state === 'needs-sign-in' && connectButton('Sign in again')}
        {state === 'error' && !hasSession && connectButton('Connect')}
        {(state === 'connected' || state === 'error') && hasSession && refreshButton}
        {state !== 'connecting' && hasSession && disconnectButton}
      </div>

      <DeviceCodeDialog
        serviceLabel={label}
        flow={signIn.flow}
        onCancel={signIn.cancel}
        onRenew={() => void signIn.renew()}
      />
      <DisconnectDialog
        serviceLabel={label}
        open={confirmingDisconnect}
        onDismiss={() => setConfirmingDisconnect(false)}
        onConfirm={() => {
          setConfirmingDisconnect(false);
          void actions.disconnect();
        }}
      />
    </section>
  );
}
