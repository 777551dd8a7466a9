import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShieldTaskRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type FormEvent } from 'react';
import type { AppCheckReport } from '../../../../preload/contract';
import { checkSummary } from '../../lib/app-fix';
import { ProblemBar } from '../../ui/ProblemBar';
import type { AppFix } from '../use-app-check';
import { useWizard } from '../wizard-context';
import { AppCheckItem } from './AppCheckItem';
import { BusyIcon } from '../../ui/BusyIcon';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  field: { flexGrow: 1, maxWidth: '420px' },
  muted: { color: tokens.colorNeutralForeground2 },
  // Beside a long sentence it keeps its one line; the sentence wraps instead.
  change: { flexShrink: 0, whiteSpace: 'nowrap' },
  list: { margin: 0, padding: 0 },
  against: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

interface CheckMyAppProps {
  /** The app to check, as typed (or given when the wizard was opened to check it). */
  clientId: string;
}

/** Tests an app made by hand, setting by setting, with a fix for each one that fails. */
export function CheckMyApp(props: CheckMyAppProps) {
  const styles = useStyles();
  const wizard = useWizard();
  const { dispatch, services, servicesText, setup, check: state } = wizard;
  const signedIn = setup.session !== undefined;
  const clientId = props.clientId.trim();
  // The core answers with the id as Entra spells it (lower case).
  const report =
    state.report?.clientId.toLowerCase() === clientId.toLowerCase() ? state.report : undefined;
  const ready = signedIn && clientId !== '' && services.length > 0;

  const { check, busy } = state;
  const { checkOnOpen } = wizard.state;
  const onReport = (checked: AppCheckReport) =>
    dispatch({ type: 'checked', report: checked, tenantId: setup.session?.tenantId });
  const run = async () => {
    const checked = await check(clientId, services);
    if (checked) onReport(checked);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !busy) void run();
  };
  // Opened from a sign-in that failed because of the app: the person came to see what is wrong.
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (!checkOnOpen || !ready || busy) return;
    dispatch({ type: 'check-started' });
    void runRef.current();
  }, [checkOnOpen, ready, busy, dispatch]);
  const formRef = useRef<HTMLFormElement>(null);
  const fix = async (check: AppCheckReport['checks'][number]['id'], which: AppFix) => {
    const checked = await state.fix(clientId, services, which);
    if (!checked) return;
    onReport(checked);
    // Its Fix it button is gone now: the check it fixed takes the focus.
    window.requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>(`[data-check="${check}"] [role="group"]`)
        ?.focus(),
    );
  };

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={submit}>
      <div className={styles.against}>
        <Text className={styles.muted}>
          Checks public client flows, redirect URIs, the permissions for{' '}
          <strong>{servicesText || 'the services you chose'}</strong>, the enterprise application
          and consent.
        </Text>
        <Button
          size="small"
          className={styles.change}
          onClick={() => dispatch({ type: 'go-to', step: 'choose' })}
        >
          Change services
        </Button>
      </div>
      <div className={styles.row}>
        <Field className={styles.field} label="Application (client) ID">
          <Input
            value={props.clientId}
            placeholder="00000000-0000-0000-0000-000000000000"
            spellCheck={false}
            autoComplete="off"
            onChange={(_, data) => dispatch({ type: 'set-check-client-id', clientId: data.value })}
          />
        </Field>
        <Button
          type="submit"
          appearance="primary"
          icon={state.busy === 'check' ? <BusyIcon /> : <ShieldTaskRegular />}
          disabledFocusable={!ready || state.busy !== undefined}
        >
          Check my app
        </Button>
      </div>
      {!signedIn && (
        <Text className={styles.muted}>
          Sign in above first: M365 Desk reads the app registration as you.
        </Text>
      )}
      {state.problem && <ProblemBar problem={state.problem} onDismiss={state.dismissProblem} />}
      {report && (
        <section aria-label="Check results">
          <MessageBar intent={report.ok ? 'success' : 'warning'}>
            <MessageBarBody>
              {report.displayName ? `App “${report.displayName}”: ` : ''}
              {checkSummary(report.checks)}
              {report.ok ? ' The app is ready: select Next to use it.' : ''}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list} aria-label="Checks">
            {report.checks.map((check) => {
              const which = check.fix;
              return (
                <AppCheckItem
                  key={check.id}
                  check={check}
                  fixing={which !== undefined && state.busy === which}
                  busy={state.busy !== undefined}
                  onFix={which && signedIn ? () => void fix(check.id, which) : undefined}
                />
              );
            })}
          </ul>
        </section>
      )}
    </form>
  );
}
