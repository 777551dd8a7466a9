import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type {
  AppCheckReport,
  AppInfo,
  AppSetupCatalog,
  AppSetupResult,
  CloudId,
  ServiceChoice,
} from '../../../../preload/contract';
import type { AppCheckState } from '../use-app-check';
import type { AppSetupCreate } from '../use-app-setup-create';
import type { SetupSessionState } from '../use-setup-session';
import { useSignInDefaults } from '../../sign-in';
import type { SetupSelection } from '../app-setup-choices';
import type { CreatePath } from '../app-setup-request';
import { ByHandChecklist } from './ByHandChecklist';
import { CheckMyApp } from './CheckMyApp';
import { CreateForMe } from './CreateForMe';
import { SetupSignIn } from './SetupSignIn';
import { useWizardStyles } from '../wizard-styles';

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

export interface CreateStepProps {
  info: AppInfo | undefined;
  catalog: AppSetupCatalog;
  selection: SetupSelection;
  services: ServiceChoice[];
  servicesText: string;
  path: CreatePath;
  onPath: (path: CreatePath) => void;
  cloud: CloudId;
  onCloud: (cloud: CloudId) => void;
  setup: SetupSessionState;
  create: AppSetupCreate;
  appName: string;
  onAppName: (name: string) => void;
  grantConsent: boolean;
  onGrantConsent: (grant: boolean) => void;
  onCreated: (result: AppSetupResult) => void;
  /** Undefined until typed or given: then the cloud's default app is the one to check. */
  checkClientId: string | undefined;
  onCheckClientId: (clientId: string) => void;
  /** The app is being created: the path and the sign-in stay as they are until it is done. */
  locked: boolean;
  /** The wizard was opened to check an app: bring "Check my app" into view, then say so. */
  scrollToCheck: boolean;
  onCheckShown: () => void;
  /** Run Check my app by itself once it can (opened from a failed sign-in). */
  checkOnOpen: boolean;
  onCheckStarted: () => void;
  check: AppCheckState;
  onReport: (report: AppCheckReport) => void;
  onChangeServices: () => void;
  /** "Verify by signing in", once there is an app: created here, or checked by hand. */
  verify: ReactNode;
}

/** Step 3: the app is created for the person, or they make it by hand and have it checked. */
export function CreateStep(props: CreateStepProps) {
  const styles = useStyles();
  const shared = useWizardStyles();
  const idPrefix = useId();
  const checkRef = useRef<HTMLElement>(null);
  const { setup, path } = props;
  const session = setup.session;
  const defaults = useSignInDefaults(props.cloud);
  const defaultClientId = defaults.state === 'done' ? defaults.value.clientId : undefined;

  const { scrollToCheck, onCheckShown } = props;
  useEffect(() => {
    if (!scrollToCheck || path !== 'manual') return;
    checkRef.current?.scrollIntoView({ block: 'start' });
    onCheckShown();
  }, [scrollToCheck, path, onCheckShown]);

  const signIn = (purpose: string) => (
    <SetupSignIn
      info={props.info}
      setup={setup}
      cloud={props.cloud}
      onCloudChange={props.onCloud}
      purpose={purpose}
      locked={props.locked}
    />
  );

  return (
    <div className={styles.step}>
      <Field label="How do you want to create the app?">
        <RadioGroup
          className={styles.paths}
          value={path}
          disabled={props.locked}
          onChange={(_, data) => props.onPath(data.value as CreatePath)}
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
          {signIn('to create the app registration')}
          {session && (
            <CreateForMe
              session={session}
              services={props.services}
              servicesText={props.servicesText}
              appName={props.appName}
              onAppName={props.onAppName}
              grantConsent={props.grantConsent}
              onGrantConsent={props.onGrantConsent}
              create={props.create}
              onCreated={props.onCreated}
              verify={props.verify}
            />
          )}
        </>
      ) : (
        <>
          <section aria-label="Checklist" className={styles.section}>
            <h3 className={shared.heading}>Checklist</h3>
            <ByHandChecklist
              catalog={props.catalog}
              selection={props.selection}
              appName={props.appName}
            />
          </section>
          <section ref={checkRef} aria-labelledby={`${idPrefix}-check`} className={styles.section}>
            <h3 id={`${idPrefix}-check`} className={shared.heading}>
              Check my app
            </h3>
            {signIn('to check your app')}
            <CheckMyApp
              clientId={props.checkClientId ?? defaultClientId ?? ''}
              onClientId={props.onCheckClientId}
              services={props.services}
              servicesText={props.servicesText}
              signedIn={session !== undefined}
              state={props.check}
              onReport={props.onReport}
              onChangeServices={props.onChangeServices}
              checkOnOpen={props.checkOnOpen}
              onCheckStarted={props.onCheckStarted}
            />
          </section>
          {props.verify}
        </>
      )}
    </div>
  );
}
