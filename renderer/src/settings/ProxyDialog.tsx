import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Problem, ProxyState } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import { problemText } from '../sign-in/sign-in-choice';
import { describeProxyPassword, describeProxySource } from '../lib/value-source';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { ProblemBar } from '../ui/ProblemBar';

const useStyles = makeStyles({
  form: { display: 'contents' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
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
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      {/* Mounted per opening, so the fields start from the saved setting each time. */}
      <ProxyForm state={state} onSave={onSave} onDismiss={onDismiss} />
    </DismissibleDialog>
  );
}

function ProxyForm({ state, onSave, onDismiss }: Omit<ProxyDialogProps, 'open'>) {
  const styles = useStyles();
  // Only the app's own setting is editable here; the environment's shows as placeholders.
  const own = state.source === 'setting';
  // The URL comes back as shown: its password as •••, which the core reads as "keep it".
  const [proxyUrl, setProxyUrl] = useState(own ? (state.displayUrl ?? '') : '');
  const [noProxy, setNoProxy] = useState(own ? (state.noProxy ?? '') : '');
  const saveCommand = useCommand(onSave, { keepProblemWhileRunning: true });
  const { problem, dismiss } = saveCommand;
  const saving = saveCommand.running;

  const save = async (url: string, bypass: string) => {
    if (await saveCommand.run(url, bypass)) onDismiss();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) void save(proxyUrl.trim(), noProxy.trim());
  };
  const fromEnvironment = state.source === 'environment' ? state : undefined;
  const password = describeProxyPassword(state);
  const keepsMark = own && state.hasPassword && proxyUrl.includes(':•••@');
  const urlHint = keepsMark
    ? '••• stands for the saved password: leave it to keep that password, or type the new one in its place.'
    : own && state.problem?.code === 'proxy_password_needed'
      ? 'Write the password after the user name, as in http://user:password@proxy.contoso.com:3128.'
      : 'For example http://proxy.contoso.com:8080, or http://user:password@proxy.contoso.com:8080. Leave empty to use HTTPS_PROXY from the environment.';

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>Proxy</DialogTitle>
        <DialogContent className={styles.content}>
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
            hint={urlHint}
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem && problemText(problem)}
          >
            <Input
              value={proxyUrl}
              inputMode="url"
              placeholder={fromEnvironment?.displayUrl ?? 'http://proxy.contoso.com:8080'}
              spellCheck={false}
              autoComplete="off"
              onChange={(_, data) => {
                setProxyUrl(data.value);
                dismiss();
              }}
            />
          </Field>
          <Field
            label="Bypass (NO_PROXY)"
            hint="Hosts and domains reached directly, separated by commas, e.g. localhost,.contoso.com"
          >
            <Input
              value={noProxy}
              placeholder={fromEnvironment?.noProxy || 'localhost,.contoso.com'}
              spellCheck={false}
              autoComplete="off"
              onChange={(_, data) => setNoProxy(data.value)}
            />
          </Field>
        </DialogContent>
        {/* The way back to the environment sits apart from Save and Cancel. */}
        <DialogActions position="start">
          <Button disabledFocusable={!own || saving} onClick={() => void save('', '')}>
            Use environment
          </Button>
        </DialogActions>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={saving}>
            Save
          </Button>
          <Button onClick={onDismiss}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
