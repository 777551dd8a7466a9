import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, EditRegular, WandRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppSetupResult, SetupSession } from '../../../../preload/contract';
import { ProblemBar } from '../../ui/ProblemBar';
import { GRAPH_RESOURCE_APP_ID, graphAppRolesLeft } from '../graph-app-role-limit';
import { useWizard, useWizardCatalog } from '../wizard-context';
import { useWizardStyles } from '../wizard-styles';
import { SetupProgressList } from './SetupProgressList';
import { SetupResultCard } from './SetupResultCard';
import { VerifyReadyApp } from './VerifyApp';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  reason: { display: 'block', color: tokens.colorNeutralForeground3, paddingLeft: '32px' },
  name: { maxWidth: '360px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface CreateForMeProps {
  /** Who the wizard is signed in as for setup. */
  session: SetupSession;
}

/** "Create it for me", once signed in: the name, admin consent now or later, and the run. */
export function CreateForMe({ session }: CreateForMeProps) {
  const styles = useStyles();
  const shared = useWizardStyles();
  const reasonId = useId();
  const { state, dispatch, create, services, servicesText } = useWizard();
  const { run } = create;
  const mayGrant = session.canGrantAdminConsent;
  const catalog = useWizardCatalog();
  // Graph's application permissions chosen, and this person may not grant them.
  const graphLeft =
    graphAppRolesLeft(session) &&
    services.some(
      (choice) =>
        choice.includeApplication &&
        catalog.services.find((s) => s.serviceId === choice.serviceId)?.resourceAppId ===
          GRAPH_RESOURCE_APP_ID,
    );
  // Undefined until the person touches it: then it follows whether they may grant it.
  const grantConsent = state.grantConsent ?? mayGrant;
  const name = state.appName.trim();
  // Each phase replaces what had the focus (the button, then the progress): the new heading
  // takes it, but only for a run started here, not when the step is shown again later.
  const [startedHere, setStartedHere] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!startedHere || run.phase === 'idle') return;
    (run.phase === 'done' ? resultRef : headingRef).current?.focus();
  }, [startedHere, run.phase]);

  const started = (attempt: Promise<AppSetupResult | undefined>) => {
    setStartedHere(true);
    void attempt.then((result) => result && dispatch({ type: 'created', result }));
  };
  const start = () => {
    if (name === '' || services.length === 0) return;
    started(
      create.create({ displayName: name, services, grantAdminConsent: mayGrant && grantConsent }),
    );
  };

  if (run.phase === 'done') {
    return (
      <div className={styles.section}>
        <SetupResultCard result={run.result} focusRef={resultRef} />
        <VerifyReadyApp />
        {run.steps.length > 0 && (
          <section aria-label="What was done" className={styles.section}>
            <h3 className={shared.heading}>What was done</h3>
            <SetupProgressList steps={run.steps} />
          </section>
        )}
      </div>
    );
  }

  if (run.phase === 'running' || run.phase === 'failed') {
    // Stopped after the app was registered: Try again finishes that one, it makes no second app.
    const registered = run.steps.some(
      (step) => step.id === 'create-application' && step.state === 'done',
    );
    return (
      <section aria-label="Creating the app registration" className={styles.section}>
        <h3 ref={headingRef} tabIndex={-1} className={shared.heading}>
          {run.phase === 'running'
            ? 'Creating your app registration…'
            : registered
              ? 'The app was created, but its setup did not finish'
              : 'The app was not created'}
        </h3>
        {run.steps.length === 0 && run.phase === 'running' && (
          <Spinner size="tiny" labelPosition="after" label="Starting…" />
        )}
        <SetupProgressList
          steps={run.steps}
          said={run.phase === 'failed' ? run.problem.message : undefined}
        />
        {run.phase === 'failed' && (
          <ProblemBar
            problem={run.problem}
            action={
              <div className={styles.actions}>
                <Button icon={<ArrowClockwiseRegular />} onClick={() => started(create.retry())}>
                  Try again
                </Button>
                {!registered && (
                  <Button appearance="subtle" icon={<EditRegular />} onClick={create.reset}>
                    Change the details
                  </Button>
                )}
              </div>
            }
          />
        )}
      </section>
    );
  }

  return (
    <section aria-label="Create the app registration" className={styles.section}>
      <h3 className={shared.heading}>Create the app registration</h3>
      <Text className={shared.muted}>
        For: {servicesText}. M365 Desk creates the app with public client flows on and the redirect
        URIs its sign-in methods need, creates its enterprise application, and waits until Entra
        knows about it everywhere (this can take a minute).
      </Text>
      <Field
        className={styles.name}
        label="App name"
        hint="How it appears under App registrations in the Entra admin center."
        validationState={name === '' ? 'error' : 'none'}
        validationMessage={name === '' ? 'Give the app a name.' : undefined}
      >
        <Input
          value={state.appName}
          onChange={(_, data) => dispatch({ type: 'set-app-name', name: data.value })}
        />
      </Field>
      <div>
        <Checkbox
          label="Grant admin consent for the tenant now"
          checked={mayGrant && grantConsent}
          disabled={!mayGrant}
          aria-describedby={reasonId}
          onChange={(_, data) =>
            dispatch({ type: 'set-grant-consent', grant: data.checked === true })
          }
        />
        <Caption1 id={reasonId} className={styles.reason}>
          {mayGrant
            ? `Everyone in the tenant can then use the app without being asked to consent.${graphLeft ? ' Microsoft Graph’s application permissions are the exception: you cannot grant them, so you get a link to send instead.' : ''}`
            : 'Not available: your account cannot grant admin consent. You will get a link to send to an administrator.'}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<WandRegular />}
          disabledFocusable={name === '' || services.length === 0}
          onClick={start}
        >
          Create app registration
        </Button>
      </div>
    </section>
  );
}
