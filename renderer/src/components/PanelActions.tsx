import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  KeyMultipleRegular,
  PersonSwapRegular,
  PlugConnectedRegular,
  PlugDisconnectedRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { AccountConnection, ConnectionState } from '../../../preload/contract';
import type { ConnectionAction } from '../hooks/use-connection-actions';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

interface PanelActionsProps {
  state: ConnectionState;
  /** The core holds an account for this service, even if its token needs attention. */
  hasSession: boolean;
  busy: ConnectionAction | undefined;
  /** Other signed-in accounts this service could switch to. */
  switchTargets: AccountConnection[];
  onConnect: () => void;
  onSignInAgain: () => void;
  onCancelSignIn: () => void;
  onRefresh: () => void;
  onDisconnect: () => void;
  onTokenDetails: () => void;
  onSwitch: (connectionId: string) => void;
}

/** The one next step that fits the state, plus the quieter ones a session allows. */
export function PanelActions(props: PanelActionsProps) {
  const styles = useStyles();
  const { state, hasSession, busy, switchTargets } = props;
  const working = busy !== undefined;
  const spinnerOr = (action: ConnectionAction, icon: ReactElement) =>
    busy === action ? <Spinner size="tiny" /> : icon;

  // not-available: nothing here would help; the notice above says why.
  if (state === 'not-available') return null;

  return (
    <div className={styles.actions}>
      {state === 'connecting' && <Button onClick={props.onCancelSignIn}>Cancel</Button>}
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
      {(state === 'needs-sign-in' || state === 'consent-needed') && (
        <Button appearance="primary" icon={<PlugConnectedRegular />} onClick={props.onSignInAgain}>
          Sign in again
        </Button>
      )}
      {(state === 'connected' || state === 'error') && (
        <Button
          appearance={state === 'error' ? 'primary' : 'secondary'}
          icon={spinnerOr('refresh', <ArrowClockwiseRegular />)}
          disabledFocusable={working}
          onClick={props.onRefresh}
        >
          Refresh
        </Button>
      )}
      {state === 'connected' && (
        <Button appearance="subtle" icon={<KeyMultipleRegular />} onClick={props.onTokenDetails}>
          Token details
        </Button>
      )}
      {state === 'connected' && switchTargets.length > 0 && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              appearance="subtle"
              icon={spinnerOr('use-account', <PersonSwapRegular />)}
              disabledFocusable={working}
            >
              Switch account
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {switchTargets.map((target) => (
                <MenuItem
                  key={target.id}
                  secondaryContent={target.name}
                  onClick={() => props.onSwitch(target.id)}
                >
                  {target.displayName} ({target.username})
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      {state !== 'connecting' && hasSession && (
        <Button
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
