import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  DeleteRegular,
  KeyMultipleRegular,
  LinkEditRegular,
  PlugConnectedRegular,
  PlugDisconnectedRegular,
  ShieldKeyholeRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { ServiceState } from '../../../preload/contract';
import type { ServiceAction } from './use-service-actions';
import { BusyIcon } from '../ui/BusyIcon';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The way out sits apart from the way forward.
  last: { marginLeft: 'auto' },
  // Snug, so Refresh, Token details and Disconnect share one row in a 3-column grid.
  quiet: { paddingInline: tokens.spacingHorizontalS, minWidth: 0 },
});

interface PanelActionsProps {
  state: ServiceState;
  /** The core holds an account for this service, even if its token needs attention. */
  hasSession: boolean;
  /** The token's claims are known (not before the first check after a start). */
  hasTokenDetails: boolean;
  busy: ServiceAction | undefined;
  onConnect: () => void;
  /** Where the service needs a URL (SharePoint): points it at another one. */
  onChangeUrl?: () => void;
  onSignInAgain: () => void;
  /** Opens the consent walkthrough (the core's hints call it "Grant consent"). */
  onGrantConsent: () => void;
  /** None while a sign-in this window does not run connects it: no Cancel that does nothing. */
  onCancelSignIn: (() => void) | undefined;
  onRefresh: () => void;
  onDisconnect: () => void;
  onTokenDetails: () => void;
}

/**
 * The one next step that fits the state, plus the quieter ones a session allows. Switching
 * accounts lives next to the account name instead (see ViaAccount).
 */
export function PanelActions(props: PanelActionsProps) {
  const styles = useStyles();
  const { state, hasSession, busy } = props;
  const working = busy !== undefined;
  const spinnerOr = (action: ServiceAction, icon: ReactElement) =>
    busy === action ? <BusyIcon /> : icon;

  // Not available: another URL may help; else the way out is removing it, this service alone.
  if (state === 'not-available') {
    if (!hasSession) return null;
    return (
      <div className={styles.actions}>
        {props.onChangeUrl && (
          <Button
            appearance="primary"
            icon={spinnerOr('use-account', <LinkEditRegular />)}
            disabledFocusable={working}
            onClick={props.onChangeUrl}
          >
            Change URL
          </Button>
        )}
        <Button
          className={mergeClasses(styles.quiet, styles.last)}
          appearance="subtle"
          icon={spinnerOr('disconnect', <DeleteRegular />)}
          disabledFocusable={working}
          onClick={props.onDisconnect}
        >
          Remove
        </Button>
      </div>
    );
  }

  return (
    <div className={styles.actions}>
      {state === 'connecting' && props.onCancelSignIn && (
        <Button onClick={props.onCancelSignIn}>Cancel</Button>
      )}
      {state === 'disconnected' && (
        <Button
          appearance="primary"
          icon={spinnerOr('use-account', <PlugConnectedRegular />)}
          disabledFocusable={working}
          onClick={props.onConnect}
        >
          Connect
        </Button>
      )}
      {state === 'consent-needed' && (
        <Button appearance="primary" icon={<ShieldKeyholeRegular />} onClick={props.onGrantConsent}>
          Grant consent
        </Button>
      )}
      {(state === 'needs-sign-in' || state === 'consent-needed') && (
        <Button
          // Beside "Grant consent" it is the second way, and quieter, so a row still fits.
          appearance={state === 'needs-sign-in' ? 'primary' : 'subtle'}
          className={state === 'needs-sign-in' ? undefined : styles.quiet}
          icon={<PlugConnectedRegular />}
          onClick={props.onSignInAgain}
        >
          Sign in again
        </Button>
      )}
      {(state === 'connected' || state === 'error' || state === 'access-denied') && (
        <Button
          appearance={state === 'error' ? 'primary' : 'secondary'}
          icon={spinnerOr('refresh', <ArrowClockwiseRegular />)}
          disabledFocusable={working}
          onClick={props.onRefresh}
        >
          Refresh
        </Button>
      )}
      {(state === 'connected' || state === 'access-denied') && props.hasTokenDetails && (
        <Button
          appearance="subtle"
          className={styles.quiet}
          icon={<KeyMultipleRegular />}
          onClick={props.onTokenDetails}
        >
          Token details
        </Button>
      )}
      {state !== 'connecting' && hasSession && (
        <Button
          className={mergeClasses(styles.quiet, styles.last)}
          appearance="subtle"
          icon={spinnerOr('disconnect', <PlugDisconnectedRegular />)}
          disabledFocusable={working}
          onClick={props.onDisconnect}
        >
          Disconnect
        </Button>
      )}
    </div>
  );
}
