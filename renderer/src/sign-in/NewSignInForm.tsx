import {
  Button,
  DialogActions,
  DialogContent,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AppsAddInRegular, ArrowLeftRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { CloudId } from '../../../preload/contract';
import { needsAppSetup } from '../lib/app-fix';
import type { SignInChoice, SignInPrefill, SignInSubject, StartOutcome } from './sign-in-choice';
import { useNewSignIn } from './use-new-sign-in';
import { AppOnlyCredentialFields } from './fields/AppOnlyCredentialFields';
import { AppRegistrationFields } from './fields/AppRegistrationFields';
import { CloudField } from './fields/CloudField';
import { ProblemBar } from '../ui/ProblemBar';
import { SharePointUrlField } from './fields/SharePointUrlField';
import { SignInMethodField } from './fields/SignInMethodField';
import { SignInProblemBar } from './SignInProblemBar';
import { BusyIcon } from '../ui/BusyIcon';

const useStyles = makeStyles({
  // The form wraps content and actions; it must not break DialogBody's grid.
  form: { display: 'contents' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // A long form scrolls; squeezed instead, a message would slide under the next field.
    '> *': { flexShrink: 0 },
  },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface NewSignInFormProps {
  subject: SignInSubject;
  /** The cloud to start from when nothing else says which. */
  defaultCloud: CloudId;
  /** A connection signing in again: its cloud, app and tenant. */
  prefill: SignInPrefill | undefined;
  url: string;
  onUrlChange: (url: string) => void;
  /** Back to the accounts already signed in; absent when there are none. */
  onBack: (() => void) | undefined;
  onSignIn: (choice: SignInChoice) => Promise<StartOutcome>;
  /** The sign-in is under way elsewhere (code dialog, window, browser) or done. */
  onStarted: () => void;
  onDismiss: () => void;
}

/** A sign-in with a new account: cloud, method, app registration, and app-only credentials. */
export function NewSignInForm(props: NewSignInFormProps) {
  const styles = useStyles();
  const { subject, prefill } = props;
  const form = useNewSignIn(props);
  const { app, signIn, setUpApp, formProblem } = form;
  const problemRef = useRef<HTMLDivElement>(null);
  const defaultsRef = useRef<HTMLDivElement>(null);

  // A refusal appears at the bottom of a long form, or on the defaults' message: bring it into view.
  useEffect(() => {
    if (!signIn.problem) return;
    const shown = form.repeatsDefaults ? defaultsRef : problemRef;
    shown.current?.scrollIntoView({ block: 'nearest' });
  }, [signIn.problem, form.repeatsDefaults]);

  return (
    <form className={styles.form} noValidate onSubmit={form.submit}>
      <DialogContent className={styles.content}>
        {subject.intro && <div>{subject.intro}</div>}
        {prefill && (
          <MessageBar intent="info">
            <MessageBarBody>
              Signing in again for {prefill.connectionName}. The services that use it move to the
              new sign-in, and it keeps its name.
            </MessageBarBody>
          </MessageBar>
        )}
        {subject.sharePointUrl && (
          <SharePointUrlField
            value={props.url}
            check={form.check}
            onChange={props.onUrlChange}
            emptyMeans={form.method === 'app-only' ? 'required' : 'root-after-sign-in'}
          />
        )}
        {form.clouds.length > 0 && (
          <CloudField clouds={form.clouds} value={form.cloud} onChange={form.setCloud} />
        )}
        <SignInMethodField
          methods={form.methods}
          value={form.method}
          onChange={form.setMethod}
          appOnlyNote={subject.appOnlySupported ? undefined : subject.appOnlyNote}
        />
        {app.defaultsProblem && (
          <div ref={defaultsRef}>
            <ProblemBar
              problem={app.defaultsProblem}
              intent={form.repeatsDefaults ? 'error' : 'warning'}
              action={
                setUpApp &&
                needsAppSetup(app.defaultsProblem) && (
                  <Button icon={<AppsAddInRegular />} onClick={() => setUpApp()}>
                    Set up an app registration
                  </Button>
                )
              }
            />
          </div>
        )}
        <AppRegistrationFields
          clientId={app.clientId}
          tenant={app.tenant}
          onClientIdChange={form.edited(app.setClientId)}
          onTenantChange={form.edited(app.setTenant)}
          clientIdHint={app.clientIdHint}
          tenantHint={app.tenantHint}
          problem={form.fieldProblem}
        />
        {form.method === 'app-only' && (
          <AppOnlyCredentialFields
            draft={form.draft}
            serviceNote={subject.appOnlyNote}
            onChange={form.editDraft}
          />
        )}
        {formProblem && (
          <div ref={problemRef}>
            <SignInProblemBar
              problem={formProblem}
              // One service's sign-in: a request for access (AADSTS50105) can name its app.
              serviceId={subject.services.length === 1 ? subject.services[0] : undefined}
              onDismiss={signIn.dismiss}
              onUseBrowser={form.method === 'app-only' ? undefined : form.signInWithBrowser}
              onFixApp={setUpApp && (() => setUpApp(app.clientId.trim()))}
            />
          </div>
        )}
      </DialogContent>
      {props.onBack && (
        <DialogActions position="start">
          <Button icon={<ArrowLeftRegular />} onClick={props.onBack}>
            Back
          </Button>
        </DialogActions>
      )}
      <DialogActions>
        <Button
          type="submit"
          appearance="primary"
          className={styles.nowrap}
          icon={signIn.running ? <BusyIcon /> : <PersonAddRegular />}
          disabledFocusable={!form.ready || signIn.running}
        >
          Sign in
        </Button>
        <Button onClick={props.onDismiss}>Cancel</Button>
      </DialogActions>
    </form>
  );
}
