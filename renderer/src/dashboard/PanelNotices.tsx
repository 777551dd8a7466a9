import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  BuildingRegular,
  InfoRegular,
  PersonSwapRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import type { ServiceState, ServicePanel } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';
import { AccessRequestButton, SignInProblemBar } from '../sign-in';
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

const intents: Partial<Record<ServiceState, 'error' | 'warning' | 'info' | 'success'>> = {
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
   * The account this service uses must sign in again, and says why under Accounts: the reason
   * is told there once, not again on every panel of that account (their badge and "Sign in
   * again" say enough).
   */
  reasonOnAccount?: boolean;
  /** Opens "Check my app" for the connection's app, when its registration is at fault. */
  onFixApp?: () => void;
  /** Refused for the account's role: the connect dialog, to pick or sign in another account. */
  onUseAnotherAccount: () => void;
  /** The tenant is wrong for the app (AADSTS50194, 90002): the sign-in again, to change it. */
  onCheckTenant?: () => void;
  /** An open dialog tells this problem (see told-in-dialog.ts): not told again here meanwhile. */
  toldInDialog?: (code: string) => boolean;
}

/** What the person should know about a service before acting on it. */
export function PanelNotices(props: PanelNoticesProps) {
  const { panel, state, onFixApp, reasonOnAccount = false, toldInDialog = () => false } = props;
  const failures = props.failures.filter((failure) => !toldInDialog(failure.problem.code));
  const styles = useStyles();
  const { problem, missingPermissions = [] } = panel.status;
  // Good news that asks for a sign-in still is good news.
  const intent = reasonOnAccount
    ? undefined
    : problem?.code === 'consent_granted'
      ? 'success'
      : intents[state];
  // The core should always explain consent-needed, but the list alone still deserves a title.
  const shown =
    problem ??
    (state === 'consent-needed'
      ? { code: 'consent_needed', message: `${panel.label} needs permissions nobody has granted.` }
      : undefined);

  return (
    <>
      {shown && intent && !toldInDialog(shown.code) && (
        <ProblemBar
          problem={shown}
          intent={intent}
          action={
            shown.remedy === 'ask-for-assignment' ? (
              <AccessRequestButton serviceId={panel.serviceId} of="connection" />
            ) : shown.remedy === 'check-tenant' && props.onCheckTenant ? (
              <Button icon={<BuildingRegular />} onClick={props.onCheckTenant}>
                Check the tenant
              </Button>
            ) : state === 'access-denied' ? (
              // The way forward, beside what it answers: the role is the account's.
              <Button icon={<PersonSwapRegular />} onClick={props.onUseAnotherAccount}>
                Use another account
              </Button>
            ) : (
              onFixApp &&
              isAppRegistrationProblem(shown) && (
                <Button icon={<WrenchRegular />} onClick={onFixApp}>
                  Fix the app registration
                </Button>
              )
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
          serviceId={panel.serviceId}
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
