import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { SignInDefaults } from '../../../../preload/contract';
import { useClouds } from '../../app/app-info';
import { useSignInDefaults } from '../../sign-in';
import { overriddenDefaults } from '../../lib/app-fix';
import { describeSource } from '../../lib/value-source';
import { CopyableValue } from '../../ui/CopyableValue';
import { DetailList } from '../../ui/DetailList';
import { ProblemBar } from '../../ui/ProblemBar';
import { useWizard } from '../wizard-context';
import { useWizardStyles } from '../wizard-styles';
import { BusyIcon } from '../../ui/BusyIcon';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  value: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Step 4: the new app becomes what new connections use, unless an environment variable wins. */
export function SaveStep() {
  const styles = useStyles();
  const shared = useWizardStyles();
  const { state, dispatch, cloud, save, verified } = useWizard();
  const { app, saved } = state;
  const cloudName = useClouds().find((entry) => entry.id === cloud)?.label ?? cloud;
  const current = useSignInDefaults(cloud);
  // Saving replaces the button that had the focus: the outcome takes it.
  const [savedHere, setSavedHere] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (savedHere && saved) outcomeRef.current?.focus();
  }, [savedHere, saved]);
  const before = current.state === 'done' ? current.value : undefined;

  if (!app) {
    return (
      <div className={styles.step}>
        <Text>Create an app or check one you made by hand first; then it can be saved here.</Text>
        <div className={styles.actions}>
          <Button
            icon={<ArrowLeftRegular />}
            onClick={() => dispatch({ type: 'go-to', step: 'create' })}
          >
            Back to Create the app
          </Button>
        </div>
      </div>
    );
  }

  const notes = saved ? overriddenDefaults(saved) : [];
  const inUse = (defaults: SignInDefaults, title: string) => (
    <section className={styles.section}>
      <h3 className={shared.heading}>{title}</h3>
      <DetailList
        rows={[
          {
            label: 'App',
            value: (
              <span className={styles.value}>
                {defaults.clientId ? (
                  <CopyableValue value={defaults.clientId} what="app in use" code />
                ) : (
                  'None: new connections cannot sign in yet'
                )}
                {defaults.clientId && (
                  <span className={styles.source}>{describeSource(defaults.clientIdSource)}</span>
                )}
              </span>
            ),
          },
          {
            label: 'Tenant',
            value: (
              <span className={styles.value}>
                <CopyableValue value={defaults.tenant} what="tenant in use" code />
                <span className={styles.source}>{describeSource(defaults.tenantSource)}</span>
              </span>
            ),
          },
        ]}
      />
    </section>
  );

  if (saved) {
    return (
      <div className={styles.step}>
        <MessageBar
          ref={outcomeRef}
          tabIndex={-1}
          intent={notes.length > 0 ? 'warning' : 'success'}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {notes.length > 0 ? 'Saved, but not used yet' : 'Saved: new connections use this app'}
            </MessageBarTitle>
            {notes.length > 0
              ? `${notes.join(' ')} Remove the variable and restart M365 Desk to use the saved app.`
              : verified
                ? 'The services you verified it with are already connected through it; Connect on any other service signs in through it too.'
                : 'Select Connect services now, then Connect on any service: its sign-in goes through this app.'}
          </MessageBarBody>
        </MessageBar>
        {inUse(saved, 'New connections now use')}
      </div>
    );
  }

  return (
    <div className={styles.step}>
      <Text>
        Make <strong>{app.displayName ?? 'this app'}</strong> the app every new connection in{' '}
        {cloudName} signs in through. Connections you already have keep their own app; change one
        with <strong>Change app</strong> under Accounts.
      </Text>
      <section className={styles.section}>
        <h3 className={shared.heading}>The app to use</h3>
        <DetailList
          rows={[
            {
              label: 'Application (client) ID',
              value: <CopyableValue value={app.clientId} what="application ID" code />,
            },
            {
              label: 'Tenant ID',
              value: <CopyableValue value={app.tenantId} what="tenant ID" code />,
            },
          ]}
        />
      </section>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={state.saving ? <BusyIcon /> : <SaveRegular />}
          disabledFocusable={state.saving}
          onClick={() => {
            setSavedHere(true);
            save();
          }}
        >
          Use this app for new connections
        </Button>
      </div>
      {state.saveProblem && <ProblemBar problem={state.saveProblem} />}
      {before && inUse(before, 'Until you save, new connections use')}
    </div>
  );
}
