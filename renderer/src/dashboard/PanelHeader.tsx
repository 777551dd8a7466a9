import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { Account, ServiceId, ServiceState } from '../../../preload/contract';
import { serviceIcons } from '../ui/service-icons';
import { StateBadge } from './StateBadge';
import { ViaAccount } from './ViaAccount';

const useStyles = makeStyles({
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
  heading: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  titleRow: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  badge: { flexShrink: 0 },
});

interface PanelHeaderProps {
  serviceId: ServiceId;
  label: string;
  description: string;
  state: ServiceState;
  checking: boolean;
  /** Shown as "via …" when the service has a session and is not signing in. */
  accountName: string | undefined;
  /** Other accounts this service could switch to (only offered while connected). */
  switchTargets: Account[];
  switching: boolean;
  busy: boolean;
  onSwitch: (connectionId: string) => void;
}

/** A panel's head: the service's icon, name, state and description, and the account it uses. */
export function PanelHeader(props: PanelHeaderProps) {
  const styles = useStyles();
  const Icon = serviceIcons[props.serviceId];
  const { state, accountName } = props;
  return (
    <div className={styles.header}>
      <div className={styles.iconTile} aria-hidden>
        <Icon />
      </div>
      <div className={styles.heading}>
        <div className={styles.titleRow}>
          <h2 className={styles.title}>{props.label}</h2>
          <StateBadge state={state} checking={props.checking} className={styles.badge} />
        </div>
        <Body1 className={styles.muted}>{props.description}</Body1>
        {accountName && state !== 'connecting' && (
          <ViaAccount
            accountName={accountName}
            switchTargets={state === 'connected' ? props.switchTargets : []}
            switching={props.switching}
            disabled={props.busy}
            onSwitch={props.onSwitch}
          />
        )}
      </div>
    </div>
  );
}
