import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ServiceState, Problem, ServicePanel } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';
import { SignInProblemBar } from '../sign-in';

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
  // Connected, yet the service refused the probe (e.g. the person's role is not enough).
  connected: 'warning',
  'needs-sign-in': 'warning',
  'consent-needed': 'warning',
  'not-available': 'info',
  error: 'error',
};

export interface PanelFailure {
  problem: Problem;
  dismiss: () => void;
  /** For a failed sign-in: the same sign-in in the system browser. */
  useBrowser?: () => void;
  /** For a sign-in the app registration made fail: open "Check my app" for it. */
  fixApp?: () => void;
}

interface PanelNoticesProps {
  panel: ServicePanel;
  /** The state shown, which is `connecting` while a sign-in runs. */
  state: ServiceState;
  /** Failures of this window's own commands, each dismissible. */
  failures: Array<PanelFailure>;
  /** Opens "Check my app" for the connection's app, when its registration is at fault. */
  onFixApp?: () => void;
}

/** What the person should know about a service before acting on it. */
export function PanelNotices({ panel, state, failures, onFixApp }: PanelNoticesProps) {
  const styles = useStyles();
  const { problem, missingPermissions = [] } = panel.status;
  const intent = intents[state];
  // The core should always explain consent-needed, but the list alone still deserves a title.
  const shown =
    problem ??
    (state === 'consent-needed'
      ? { code: 'consent_needed', message: `${panel.label} needs permissions nobody has granted.` }
      : undefined);

  return (
    <>
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
