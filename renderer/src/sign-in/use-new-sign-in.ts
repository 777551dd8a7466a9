import { useState, type FormEvent } from 'react';
import type { CloudId, SignInMethod, SignInMethodId } from '../../../preload/contract';
import { useClouds, useSignInMethods } from '../app/app-info';
import { useOpenAppSetup } from '../app/open-app-setup';
import { useCommand } from '../bridge/use-command';
import { credentialOf, emptyAppOnlyDraft, type AppOnlyDraft } from './app-only-draft';
import {
  appFieldOf,
  type SignInChoice,
  type SignInPrefill,
  type SignInRequest,
  type SignInSubject,
  type StartOutcome,
} from './sign-in-choice';
import { useAppRegistration } from './use-app-registration';
import { useSiteUrlCheck } from './use-site-url-check';

export interface NewSignInOptions {
  subject: SignInSubject;
  defaultCloud: CloudId;
  prefill: SignInPrefill | undefined;
  url: string;
  onSignIn: (choice: SignInChoice) => Promise<StartOutcome>;
  onStarted: () => void;
  onDismiss: () => void;
}

/**
 * What the new sign-in form holds and decides: cloud, method, app and app-only credentials,
 * whether it can be sent, and where a refusal is shown (under its field, on the defaults'
 * own message when it is the same problem, or below the form).
 */
export function useNewSignIn({ subject, prefill, ...props }: NewSignInOptions) {
  const clouds = useClouds();
  const methods = useSignInMethods().filter(
    (method) => method.id !== 'app-only' || subject.appOnlySupported,
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
  const check = useSiteUrlCheck(subject.sharePointUrl ? props.url : '', cloud);
  const openAppSetup = useOpenAppSetup();
  // A refusal is about what was sent; once the person changes anything, it no longer applies.
  const edited =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      dismiss();
    };

  const siteUrl = check.state === 'valid' ? check.target.siteUrl : undefined;
  // Left empty, a person's sign-in finds the root site through Graph; an app has to be told.
  const siteReady =
    !subject.sharePointUrl ||
    siteUrl !== undefined ||
    (check.state === 'empty' && method !== 'app-only');
  const chosen = methods.find((entry) => entry.id === method);
  const credential = method === 'app-only' ? credentialOf(draft) : undefined;
  const ready =
    !clouds.find((entry) => entry.id === cloud)?.unavailableReason &&
    chosen?.available === true &&
    siteReady &&
    (method !== 'app-only' ||
      (credential !== undefined && app.clientId.trim() !== '' && app.tenant.trim() !== ''));

  const delegated = (): SignInRequest => ({
    cloud,
    siteUrl,
    app: app.appToSend(),
    replacesConnectionId: prefill?.replacesConnectionId,
  });
  const choice = (): SignInChoice | undefined => {
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
  const signInWithBrowser = () => {
    setMethod('system-browser');
    run({ method: 'system-browser', request: delegated() });
  };

  // The wizard takes over from here: this dialog closes so the two never stack.
  const setUpApp =
    openAppSetup &&
    ((checkClientId?: string) => {
      props.onDismiss();
      openAppSetup({ cloud, services: subject.services, checkClientId });
    });

  // One message per problem: a refusal about a field shows under it; one that is the defaults'
  // own problem (no app registration) turns that message into the refusal instead of a second.
  const fieldProblem = appFieldOf(problem) ? problem : undefined;
  const repeatsDefaults = problem !== undefined && problem.code === app.defaultsProblem?.code;
  const formProblem = fieldProblem || repeatsDefaults ? undefined : problem;

  return {
    clouds,
    methods,
    cloud,
    setCloud: edited(setCloud),
    method,
    setMethod: edited(setMethod),
    draft,
    editDraft: edited((patch: Partial<AppOnlyDraft>) =>
      setDraft((current) => ({ ...current, ...patch })),
    ),
    app,
    check,
    signIn,
    ready,
    submit,
    signInWithBrowser,
    setUpApp,
    fieldProblem,
    formProblem,
    repeatsDefaults,
    edited,
  };
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
