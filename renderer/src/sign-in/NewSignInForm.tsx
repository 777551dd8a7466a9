import {
  Button,
  DialogActions,
  DialogContent,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AppsAddInRegular, ArrowLeftRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  CloudId,
  ServicePanel,
  SignInMethod,
  SignInMethodId,
} from '../../../preload/contract';
import { useClouds, useSignInMethods } from '../app/app-info';
import { useCommand } from '../bridge/use-command';
import { useAppRegistration } from './use-app-registration';
import { useSiteUrlCheck } from './use-site-url-check';
import { needsAppSetup } from '../lib/app-fix';
import { credentialOf, emptyAppOnlyDraft, type AppOnlyDraft } from './app-only-draft';
import { useOpenAppSetup } from '../app/open-app-setup';
import {
  appFieldOf,
  type SignInChoice,
  type SignInPrefill,
  type SignInRequest,
  type StartOutcome,
} from './sign-in-choice';
import { AppOnlyCredentialFields } from './fields/AppOnlyCredentialFields';
import { AppRegistrationFields } from './fields/AppRegistrationFields';
import { CloudField } from './fields/CloudField';
import { ProblemBar } from '../ui/ProblemBar';
import { SharePointUrlField } from './fields/SharePointUrlField';
import { SignInMethodField } from './fields/SignInMethodField';
import { SignInProblemBar } from './SignInProblemBar';

const useStyles = makeStyles({
  // The form wraps content and actions; it must not break DialogBody's grid.
  form: { display: 'contents' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface NewSignInFormProps {
  panel: ServicePanel;
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
  const { panel, prefill } = props;
  const clouds = useClouds();
  const methods = useSignInMethods().filter(
    (method) => method.id !== 'app-only' || panel.appOnlySupported,
  );
  const [cloud, setCloud] = useState<CloudId>(prefill?.cloud ?? props.defaultCloud);
  const [method, setMethod] = useState<SignInMethodId>(() => firstMethod(methods, prefill));
  const [draft, setDraft] = useState<AppOnlyDraft>(emptyAppOnlyDraft);
  const signIn = useCommand(async (next: SignInChoice) => {
    const outcome = await props.onSignIn(next);
    if (!outcome.handedOff) return outcome.problem;
    props.onStarted();
    return undefined;
  });
  const { problem, dismiss } = signIn;
  const app = useAppRegistration(cloud, prefill);
  const check = useSiteUrlCheck(panel.needsSiteUrl ? props.url : '', cloud);
  const problemRef = useRef<HTMLDivElement>(null);
  const openAppSetup = useOpenAppSetup();
  // A refusal is about what was sent; once the person changes anything, it no longer applies.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      dismiss();
    };

  // A refusal appears at the bottom of a long form; bring it into view.
  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);

  const siteUrl = check.state === 'valid' ? check.target.siteUrl : undefined;
  const chosen = methods.find((entry) => entry.id === method);
  const credential = method === 'app-only' ? credentialOf(draft) : undefined;
  const ready =
    !clouds.find((entry) => entry.id === cloud)?.unavailableReason &&
    chosen?.available === true &&
    (!panel.needsSiteUrl || siteUrl !== undefined) &&
    (method !== 'app-only' ||
      (credential !== undefined && app.clientId.trim() !== '' && app.tenant.trim() !== ''));

  const delegated = (): SignInRequest => ({
    cloud,
    siteUrl,
    app: app.appToSend(),
    replacesConnectionId: prefill?.replacesConnectionId,
  });
  const choice = (): SignInChoice | undefined => {
    if (method === 'device-code') return { method, request: delegated() };
    if (method !== 'app-only') return { method, request: delegated() };
    if (!credential) return undefined;
    const request = { cloud, siteUrl, clientId: app.clientId.trim(), tenant: app.tenant.trim() };
    return { method, request: { ...request, credential } };
  };

  const run = (next: SignInChoice | undefined) => {
    if (next && !signIn.running) void signIn.run(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) run(choice());
  };
  // Conditional Access blocked device code: the same sign-in, in the browser, at once.
  const useBrowser = () => {
    setMethod('system-browser');
    run({ method: 'system-browser', request: delegated() });
  };

  // The wizard takes over from here: this dialog closes so the two never stack.
  const setUpApp =
    openAppSetup &&
    ((checkClientId?: string) => {
      props.onDismiss();
      openAppSetup({ cloud, services: [panel.serviceId], checkClientId });
    });

  // A refusal about the client id or tenant shows under that field instead of below the form.
  const fieldProblem = appFieldOf(problem) ? problem : undefined;
  const formProblem = fieldProblem ? undefined : problem;

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <DialogContent className={styles.content}>
        {prefill && (
          <MessageBar intent="info">
            <MessageBarBody>
              Signing in again for {prefill.connectionName}. The services that use it move to the
              new sign-in, and it keeps its name.
            </MessageBarBody>
          </MessageBar>
        )}
        {panel.needsSiteUrl && (
          <SharePointUrlField value={props.url} check={check} onChange={props.onUrlChange} />
        )}
        {clouds.length > 0 && (
          <CloudField clouds={clouds} value={cloud} onChange={edited(setCloud)} />
        )}
        <SignInMethodField
          methods={methods}
          value={method}
          onChange={edited(setMethod)}
          appOnlyNote={panel.appOnlySupported ? undefined : panel.appOnlyNote}
        />
        {app.defaultsProblem && (
          <ProblemBar
            problem={app.defaultsProblem}
            intent="warning"
            action={
              setUpApp &&
              needsAppSetup(app.defaultsProblem) && (
                <Button icon={<AppsAddInRegular />} onClick={() => setUpApp()}>
                  Set up an app registration
                </Button>
              )
            }
          />
        )}
        <AppRegistrationFields
          clientId={app.clientId}
          tenant={app.tenant}
          onClientIdChange={edited(app.setClientId)}
          onTenantChange={edited(app.setTenant)}
          clientIdHint={app.clientIdHint}
          tenantHint={app.tenantHint}
          problem={fieldProblem}
        />
        {method === 'app-only' && (
          <AppOnlyCredentialFields
            draft={draft}
            serviceNote={panel.appOnlyNote}
            onChange={edited((patch: Partial<AppOnlyDraft>) =>
              setDraft((current) => ({ ...current, ...patch })),
            )}
          />
        )}
        {formProblem && (
          <div ref={problemRef}>
            <SignInProblemBar
              problem={formProblem}
              onDismiss={dismiss}
              onUseBrowser={method === 'app-only' ? undefined : useBrowser}
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
          icon={signIn.running ? <Spinner size="tiny" /> : <PersonAddRegular />}
          disabledFocusable={!ready || signIn.running}
        >
          Sign in
        </Button>
        <Button onClick={props.onDismiss}>Cancel</Button>
      </DialogActions>
    </form>
  );
}

function firstMethod(methods: SignInMethod[], prefill: SignInPrefill | undefined): SignInMethodId {
  const usable = methods.filter((method) => method.available);
  if (prefill?.kind === 'app-only' && usable.some((method) => method.id === 'app-only')) {
    return 'app-only';
  }
  return (
    (usable.find((method) => method.id !== 'app-only') ?? usable[0] ?? methods[0])?.id ??
    'device-code'
  );
}
