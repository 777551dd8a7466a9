import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem, ProxyState } from '../../../preload/contract';
import { describeProxyPassword, describeProxySource } from '../lib/value-source';
import { FormDialog } from '../ui/FormDialog';
import { ProblemBar } from '../ui/ProblemBar';
import { problemText } from '../ui/problem-text';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

interface ProxyDialogProps {
  state: ProxyState;
  open: boolean;
  onSave: (proxyUrl: string, noProxy: string) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** The proxy for sign-ins, probes and the sign-in window: the app's own, or the environment's. */
export function ProxyDialog({ state, open, onSave, onDismiss }: ProxyDialogProps) {
  const styles = useStyles();
  // Only the app's own setting is editable here; the environment's shows as placeholders.
  const own = state.source === 'setting';
  const fromEnvironment = state.source === 'environment' ? state : undefined;
  const password = describeProxyPassword(state);
  // The URL comes back as shown: its password as •••, which the core reads as "keep it".
  const initial = {
    proxyUrl: own ? (state.displayUrl ?? '') : '',
    noProxy: own ? (state.noProxy ?? '') : '',
  };
  const urlHint = (proxyUrl: string) =>
    own && state.hasPassword && proxyUrl.includes(':•••@')
      ? '••• stands for the saved password: leave it to keep that password, or type the new one in its place.'
      : own && state.problem?.code === 'proxy_password_needed'
        ? 'Write the password after the user name, as in http://user:password@proxy.contoso.com:3128.'
        : 'For example http://proxy.contoso.com:8080, or http://user:password@proxy.contoso.com:8080. Leave empty to use HTTPS_PROXY from the environment.';

  return (
    <FormDialog
      open={open}
      onDismiss={onDismiss}
      title="Proxy"
      initial={initial}
      submitLabel="Save"
      onSubmit={({ proxyUrl, noProxy }) => onSave(proxyUrl.trim(), noProxy.trim())}
      // The way back to the environment sits apart from Save and Cancel.
      startActions={({ sending, send }) => (
        <Button
          disabledFocusable={!own || sending}
          onClick={() => send({ proxyUrl: '', noProxy: '' })}
        >
          Use environment
        </Button>
      )}
    >
      {({ values, change, problem, dismissProblem }) => (
        <>
          <Text>
            {state.hasPassword
              ? // The sign-in window is given the proxy's host only: it cannot answer a 407.
                'Sign-ins and live probes go through this proxy (the sign-in window cannot give it the password yet: sign in by device code or in the system browser). In use now: '
              : 'Sign-ins, live probes and the sign-in window all go through this proxy. In use now: '}
            <strong>{describeProxySource(state)}</strong>
            {state.displayUrl && (
              <>
                {' '}
                (<span className={styles.mono}>{state.displayUrl}</span>)
              </>
            )}
            .{password && <> {password}</>}
          </Text>
          {state.problem && <ProblemBar problem={state.problem} intent="warning" />}
          <Field
            label="Proxy URL"
            hint={urlHint(values.proxyUrl)}
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem && problemText(problem)}
          >
            <Input
              value={values.proxyUrl}
              inputMode="url"
              placeholder={fromEnvironment?.displayUrl ?? 'http://proxy.contoso.com:8080'}
              spellCheck={false}
              autoComplete="off"
              onChange={(_, data) => {
                change({ proxyUrl: data.value });
                dismissProblem();
              }}
            />
          </Field>
          <Field
            label="Bypass (NO_PROXY)"
            hint="Hosts and domains reached directly, separated by commas, e.g. localhost,.contoso.com"
          >
            <Input
              value={values.noProxy}
              placeholder={fromEnvironment?.noProxy || 'localhost,.contoso.com'}
              spellCheck={false}
              autoComplete="off"
              onChange={(_, data) => change({ noProxy: data.value })}
            />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
