import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { useSignInDefaults } from '../../sign-in';
import type { CreatePath } from '../app-setup-request';
import { useWizard, useWizardCatalog } from '../wizard-context';
import { useWizardStyles } from '../wizard-styles';
import { ByHandChecklist } from './ByHandChecklist';
import { CheckMyApp } from './CheckMyApp';
import { CreateForMe } from './CreateForMe';
import { SetupSignIn } from './SetupSignIn';
import { UnattendedAccess } from './UnattendedAccess';
import { VerifyReadyApp } from './VerifyApp';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  paths: { gap: tokens.spacingVerticalXXS },
  description: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    paddingLeft: `calc(2 * ${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalXS})`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Step 3: the app is created for the person, or they make it by hand and have it checked. */
export function CreateStep() {
  const styles = useStyles();
  const shared = useWizardStyles();
  const idPrefix = useId();
  const checkRef = useRef<HTMLElement>(null);
  const catalog = useWizardCatalog();
  const { state, dispatch, setup, cloud, creating } = useWizard();
  const { path, scrollToCheck } = state;
  const session = setup.session;
  const defaults = useSignInDefaults(cloud);
  const defaultClientId = defaults.state === 'done' ? defaults.value.clientId : undefined;

  useEffect(() => {
    if (!scrollToCheck || path !== 'manual') return;
    checkRef.current?.scrollIntoView({ block: 'start' });
    dispatch({ type: 'check-shown' });
  }, [scrollToCheck, path, dispatch]);

  return (
    <div className={styles.step}>
      <Field label="How do you want to create the app?">
        <RadioGroup
          className={styles.paths}
          value={path}
          disabled={creating}
          onChange={(_, data) => dispatch({ type: 'set-path', path: data.value as CreatePath })}
        >
          <div>
            <Radio value="auto" label="Create it for me" aria-describedby={`${idPrefix}-auto`} />
            <Caption1 id={`${idPrefix}-auto`} className={styles.description}>
              Sign in once; M365 Desk registers the app, sets it up and (if you are an admin) grants
              consent. Recommended.
            </Caption1>
          </div>
          <div>
            <Radio
              value="manual"
              label="I’ll do it by hand"
              aria-describedby={`${idPrefix}-manual`}
            />
            <Caption1 id={`${idPrefix}-manual`} className={styles.description}>
              Follow a checklist in the Entra admin center, then let M365 Desk check your app and
              fix what is missing.
            </Caption1>
          </div>
        </RadioGroup>
      </Field>

      {path === 'auto' ? (
        <>
          <SetupSignIn purpose="to create the app registration" />
          {session && <CreateForMe session={session} />}
        </>
      ) : (
        <>
          <section aria-label="Checklist" className={styles.section}>
            <h3 className={shared.heading}>Checklist</h3>
            <ByHandChecklist
              catalog={catalog}
              selection={state.selection}
              appName={state.appName}
            />
          </section>
          <section ref={checkRef} aria-labelledby={`${idPrefix}-check`} className={styles.section}>
            <h3 id={`${idPrefix}-check`} className={shared.heading}>
              Check my app
            </h3>
            <SetupSignIn purpose="to check your app" />
            {/* Until one is typed or given, the cloud's default app is the one to check. */}
            <CheckMyApp clientId={state.checkClientId ?? defaultClientId ?? ''} />
          </section>
          <VerifyReadyApp />
        </>
      )}
      {/* Beside delegated sign-in, once there is an app and a setup session that may change it. */}
      {session && state.app && <UnattendedAccess />}
    </div>
  );
}
