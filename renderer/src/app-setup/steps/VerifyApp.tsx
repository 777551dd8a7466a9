import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  useRestoreFocusTarget,
  tokens,
} from '@fluentui/react-components';
import { PersonArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppInfo, SignInMethod } from '../../../../preload/contract';
import type { VerifiedService, VerifyMethod } from '../use-app-verification';
import { useAppInfo } from '../../app/app-info';
import { useWizard } from '../wizard-context';
import type { ReadyApp } from '../wizard-state';
import { problemText } from '../../ui/problem-text';
import { SignInMethodField, SignInProblemBar } from '../../sign-in';
import { useWizardStyles } from '../wizard-styles';
import { OutcomeList, OutcomeRow } from '../../ui/OutcomeList';
import { BusyIcon } from '../../ui/BusyIcon';
import { useTellInDialog, type ToldProblem } from '../../ui/told-in-dialog';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface VerifyAppProps {
  app: ReadyApp;
}

/** "Microsoft Graph, SharePoint Online and Viva Engage" */
const inWords = new Intl.ListFormat('en-GB', { type: 'conjunction' });

const verifyMethods = (info: AppInfo | undefined): SignInMethod[] =>
  (info?.signInMethods ?? []).filter((method) => method.id !== 'app-only');

/**
 * "Verify", once there is an app on the path it was made on: created here ("Create it for me"),
 * or checked by hand ("I'll do it by hand").
 */
export function VerifyReadyApp() {
  const { state } = useWizard();
  const { app, path } = state;
  if (!app || (app.how === 'created') !== (path === 'auto')) return null;
  return <VerifyApp app={app} />;
}

/**
 * The last part of making an app: sign in through it once. Success proves it works end to end
 * and leaves the chosen services connected through it.
 */
function VerifyApp({ app }: VerifyAppProps) {
  const styles = useStyles();
  const shared = useWizardStyles();
  const info = useAppInfo();
  const { cloud, services: chosen, labelOf, verification, setup, dispatch } = useWizard();
  const services = chosen.map((choice) => choice.serviceId);
  // The sign-in failed in a way Check my app can explain (7000218, 50011, an unknown app).
  const onCheckApp = setup.session
    ? () => dispatch({ type: 'check-app', clientId: app.clientId })
    : undefined;
  const methods = verifyMethods(info);
  const [method, setMethod] = useState<VerifyMethod>(
    () =>
      (methods.find((entry) => entry.available && entry.id !== 'device-code')?.id ??
        'device-code') as VerifyMethod,
  );
  // The code and "finish signing in" dialogs have no trigger: give focus back here after them.
  const restoreFocus = useRestoreFocusTarget();
  const mine = verification.clientId === app.clientId;
  const state = mine ? verification.state : { phase: 'idle' as const };
  const busy = state.phase === 'signing-in' || state.phase === 'connecting';
  const results = state.phase === 'connecting' || state.phase === 'done' ? state.results : [];
  const names = inWords.format(services.map(labelOf));
  // Each service the wizard could not connect says why here; its panel behind waits meanwhile.
  useTellInDialog(results.flatMap(toldProblem));

  const start = () =>
    verification.start(
      {
        cloud,
        clientId: app.clientId,
        tenantId: app.tenantId,
      },
      method,
    );

  return (
    <section aria-label="Verify the app" className={shared.card}>
      <h3 className={shared.heading}>Verify: sign in with the new app</h3>
      <Text className={shared.muted}>
        Sign in once through <strong>{app.displayName ?? 'the app'}</strong>. This proves that
        Microsoft’s sign-in service knows it, that its sign-in settings work and that the
        permissions were consented, and it connects {names} through it (replacing their current
        connection, if any).
      </Text>
      {state.phase === 'done' && mine && verification.verified && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Verified: the app works</MessageBarTitle>
            {names} {services.length === 1 ? 'is' : 'are'} connected through it. Select Next to make
            it the app for new connections.
          </MessageBarBody>
        </MessageBar>
      )}
      {results.length > 0 && (
        <OutcomeList label="Verified services">
          {results.map((entry) => (
            <VerifiedRow key={entry.serviceId} entry={entry} label={labelOf(entry.serviceId)} />
          ))}
        </OutcomeList>
      )}
      {state.phase === 'failed' && (
        <SignInProblemBar
          problem={state.problem}
          onDismiss={verification.dismissProblem}
          {...(onCheckApp ? { onFixApp: onCheckApp } : {})}
        />
      )}
      {!(state.phase === 'done' && verification.verified) && (
        <>
          {methods.length > 1 && (
            <SignInMethodField
              methods={methods}
              value={method}
              onChange={(id) => setMethod(id as VerifyMethod)}
              appOnlyNote={undefined}
            />
          )}
          <div className={styles.actions}>
            <Button
              {...restoreFocus}
              appearance="primary"
              icon={busy ? <BusyIcon /> : <PersonArrowRightRegular />}
              disabledFocusable={busy}
              onClick={start}
            >
              {state.phase === 'done' ? 'Sign in again to verify' : 'Sign in with the new app'}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function VerifiedRow({ entry, label }: { entry: VerifiedService; label: string }) {
  const status = entry.status;
  const ok = status?.state === 'connected';
  const who = status?.account ? `${status.account.displayName} (${status.account.username})` : '';
  const detail = ok
    ? `Connected as ${who}. Permissions: ${status.scopes.join(', ') || 'none'}.`
    : (() => {
        const problem = entry.problem ?? status?.problem;
        return problem ? problemText(problem) : `Not connected (${status?.state ?? 'unknown'}).`;
      })();
  return <OutcomeRow ok={ok} data-service={entry.serviceId} title={label} detail={detail} />;
}

function toldProblem({ serviceId, status, problem }: VerifiedService): ToldProblem[] {
  const told = problem ?? status?.problem;
  return status?.state === 'connected' || !told ? [] : [{ serviceId, code: told.code }];
}
