import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular, PersonWarningRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ServiceState, ServicePanel } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';
import { SignInProblemBar } from '../sign-in';
import type { PanelFailure } from './use-current-failures';

const useStyles = makeStyles({
  missing: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  noteIcon: { flexShrink: 0, marginTop: '2px' },
});

const intents: Partial<Record<ServiceState, 'error' | 'warning' | 'info'>> = {
  // Signed in, yet the service refused the probe (the person's role is not enough).
  'access-denied': 'warning',
  'needs-sign-in': 'warning',
  'consent-needed': 'warning',
  'not-available': 'info',
  error: 'error',
};

interface PanelNoticesProps {
  panel: ServicePanel;
  /** The state shown, which is `connecting` while a sign-in runs. */
  state: ServiceState;
  /** Failures of this window's own commands, each dismissible (none the status tells already). */
  failures: Array<PanelFailure>;
  /**
   * The account this service uses must sign in again, and the accounts list says why: the
   * panel says so in a line instead of repeating the reason on every panel of that account.
   */
  accountToSignIn?: string;
  /** Opens "Check my app" for the connection's app, when its registration is at fault. */
  onFixApp?: () => void;
}

/** What the person should know about a service before acting on it. */
export function PanelNotices(props: PanelNoticesProps) {
  const { panel, state, failures, onFixApp, accountToSignIn } = props;
  const styles = useStyles();
  const { problem, missingPermissions = [] } = panel.status;
  const intent = accountToSignIn ? undefined : intents[state];
  // The core should always explain consent-needed, but the list alone still deserves a title.
  const shown =
    problem ??
    (state === 'consent-needed'
      ? { code: 'consent_needed', message: `${panel.label} needs permissions nobody has granted.` }
      : undefined);

  return (
    <>
      {accountToSignIn && (
        <Caption1 className={styles.note}>
          <PersonWarningRegular aria-hidden className={styles.noteIcon} />
          {accountToSignIn} must sign in again; Accounts says why.
        </Caption1>
      )}
      {shown && intent && (
        <ProblemBar
          problem={shown}
          intent={intent}
          action={
            onFixApp &&
            isAppRegistrationProblem(shown) && (
              <Button icon={<WrenchRegular />} onClick={onFixApp}>
                Fix the app registration
              </Button>
            )
          }
        >
          {state === 'consent-needed' && missingPermissions.length > 0 && (
            <ul className={styles.missing} aria-label="Missing permissions">
              {missingPermissions.map((permission) => (
                <li key={permission}>Missing permission: {permission}</li>
              ))}
            </ul>
          )}
        </ProblemBar>
      )}
      {failures.map(({ problem: failure, dismiss, useBrowser, fixApp }, index) => (
        <SignInProblemBar
          key={`${index}-${failure.code}`}
          problem={failure}
          onDismiss={dismiss}
          onUseBrowser={useBrowser}
          onFixApp={fixApp}
        />
      ))}
      {!panel.appOnlySupported && panel.appOnlyNote && (
        <Caption1 className={styles.note}>
          <InfoRegular aria-hidden className={styles.noteIcon} />
          {panel.appOnlyNote}
        </Caption1>
      )}
    </>
  );
}
