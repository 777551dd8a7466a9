import { Button, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import type { ConnectAllEntry, ServiceId } from '../../../preload/contract';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { DialogLayout } from '../ui/DialogLayout';
import { OutcomeList, OutcomeRow } from '../ui/OutcomeList';
import { SignInProblemBar } from '../sign-in';
import { connectAllSummary, outcomeOf } from './connect-all-outcome';
import type { ConnectAllState } from './use-connect-all';

const useStyles = makeStyles({
  surface: { maxWidth: '640px' },
  action: { whiteSpace: 'nowrap' },
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
            <OutcomeList label="Services">
              {state.result.services.map((entry) => (
                <ResultRow
                  key={entry.serviceId}
                  entry={entry}
                  label={labelOf(entry.serviceId)}
                  onGrantConsent={() => props.onGrantConsent(entry.serviceId)}
                />
              ))}
            </OutcomeList>
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
  return (
    <OutcomeRow
      ok={outcome.ok}
      aria-label={label}
      data-service={entry.serviceId}
      title={`${label}: ${outcome.title}`}
      detail={outcome.detail}
      action={
        outcome.grantConsent && (
          <Button
            className={styles.action}
            icon={<ShieldKeyholeRegular />}
            aria-label={`Grant consent for ${label}`}
            onClick={onGrantConsent}
          >
            Grant consent
          </Button>
        )
      }
    />
  );
}
