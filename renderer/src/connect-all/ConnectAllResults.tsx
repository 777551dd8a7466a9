import {
  Button,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, ShieldKeyholeRegular, WarningFilled } from '@fluentui/react-icons';
import type { ConnectAllEntry, ServiceId } from '../../../preload/contract';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { DialogLayout } from '../ui/DialogLayout';
import { SignInProblemBar } from '../sign-in';
import { connectAllSummary, outcomeOf } from './connect-all-outcome';
import type { ConnectAllState } from './use-connect-all';

const useStyles = makeStyles({
  surface: { maxWidth: '640px' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    listStyle: 'none',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  icon: { fontSize: '20px', flexShrink: 0, marginTop: '1px' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  words: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  action: { flexShrink: 0, whiteSpace: 'nowrap' },
});

interface ConnectAllResultsProps {
  state: ConnectAllState;
  labelOf: (serviceId: ServiceId) => string;
  /** The same sign-in again in the system browser (Conditional Access blocked device code). */
  onUseBrowser: (() => void) | undefined;
  onGrantConsent: (serviceId: ServiceId) => void;
  onDismiss: () => void;
}

/** After Connect all's one sign-in: each service, connected or what precisely it lacks. */
export function ConnectAllResults(props: ConnectAllResultsProps) {
  const styles = useStyles();
  const { state, labelOf, onDismiss } = props;
  return (
    <DismissibleDialog
      open={state.phase !== 'idle'}
      onDismiss={onDismiss}
      surfaceClassName={styles.surface}
    >
      <DialogLayout
        title="Connect all services"
        actions={<Button onClick={onDismiss}>Close</Button>}
      >
        {state.phase === 'connecting' && (
          <Spinner
            size="small"
            labelPosition="after"
            label="Signed in. Connecting every service with this account…"
          />
        )}
        {state.phase === 'failed' && (
          <SignInProblemBar problem={state.problem} onUseBrowser={props.onUseBrowser} />
        )}
        {state.phase === 'done' && (
          <>
            <Text>{connectAllSummary(state.result)}</Text>
            <ul aria-label="Services" className={styles.list}>
              {state.result.services.map((entry) => (
                <ResultRow
                  key={entry.serviceId}
                  entry={entry}
                  label={labelOf(entry.serviceId)}
                  onGrantConsent={() => props.onGrantConsent(entry.serviceId)}
                />
              ))}
            </ul>
          </>
        )}
      </DialogLayout>
    </DismissibleDialog>
  );
}

interface ResultRowProps {
  entry: ConnectAllEntry;
  label: string;
  onGrantConsent: () => void;
}

function ResultRow({ entry, label, onGrantConsent }: ResultRowProps) {
  const styles = useStyles();
  const outcome = outcomeOf(entry);
  const Icon = outcome.ok ? CheckmarkCircleFilled : WarningFilled;
  return (
    <li
      className={styles.item}
      aria-label={label}
      data-service={entry.serviceId}
      data-ok={outcome.ok}
    >
      <Icon
        aria-hidden
        className={mergeClasses(styles.icon, outcome.ok ? styles.pass : styles.warn)}
      />
      <span className={styles.words}>
        <Text weight="semibold">
          {label}: {outcome.title}
        </Text>
        <Text className={styles.detail}>{outcome.detail}</Text>
      </span>
      {outcome.grantConsent && (
        <Button
          className={styles.action}
          icon={<ShieldKeyholeRegular />}
          aria-label={`Grant consent for ${label}`}
          onClick={onGrantConsent}
        >
          Grant consent
        </Button>
      )}
    </li>
  );
}
