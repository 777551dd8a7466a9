import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Problem } from '../../../preload/contract';
import { useCommandSet } from '../bridge/use-command';
import type { SignInFlow } from './use-device-code';
import { useNow } from '../ui/use-now';
import { call, problemOf } from '../bridge/desk-client';
import { ProblemBar } from '../ui/ProblemBar';
import { useTellInDialog } from '../ui/told-in-dialog';
import { DeviceCodeSteps } from './DeviceCodeSteps';
import { SignInWaitDialog, useSignInWaitStyles } from './SignInWaitDialog';

const useStyles = makeStyles({
  surface: { maxWidth: '520px' },
});

interface DeviceCodeDialogProps {
  serviceLabel: string;
  /** Which kind of account the service needs, said in the sign-in step. */
  accountNeed?: string | undefined;
  flow: SignInFlow;
  onCancel: () => Promise<Problem | undefined>;
  onRenew: () => void;
}

/**
 * Shows the device code while the core waits for the person to approve it in a browser; once
 * the flow has ended (the code expired, the sign-in was declined), why, and a new code.
 */
export function DeviceCodeDialog(props: DeviceCodeDialogProps) {
  const { serviceLabel, flow, onCancel, onRenew } = props;
  const styles = useStyles();
  const shared = useSignInWaitStyles();
  const now = useNow(1_000);
  // Cancel and Open in browser share the problem line; each answer replaces the last.
  const commands = useCommandSet<'cancel' | 'open'>({ keepProblemWhileRunning: true });
  const { problem } = commands;

  const open =
    flow.phase === 'waiting' ||
    flow.phase === 'expired' ||
    flow.phase === 'stopped' ||
    (flow.phase === 'starting' && flow.renewing && !flow.cancelRequested);
  const prompt =
    flow.phase === 'waiting' || flow.phase === 'expired' || flow.phase === 'stopped'
      ? flow.prompt
      : undefined;
  const stopped = flow.phase === 'stopped' ? flow.problem : undefined;
  const expired =
    flow.phase === 'expired' ||
    (prompt !== undefined && !stopped && Date.parse(prompt.expiresAt) <= now);
  const ended = expired || stopped !== undefined;
  // Why it stopped is said here; the service's panel behind waits until the dialog is closed.
  useTellInDialog(stopped && prompt ? [{ serviceId: prompt.serviceId, code: stopped.code }] : []);

  const cancel = () => commands.run('cancel', onCancel);
  const openPage = async () => {
    if (!prompt) return;
    await commands.run('open', async () => {
      const result = await call('signIn.openVerificationPage', { flowId: prompt.flowId });
      return result.ok ? undefined : problemOf(result);
    });
  };

  return (
    <SignInWaitDialog
      open={open}
      title={`Sign in to ${serviceLabel}`}
      surfaceClassName={styles.surface}
      // Nothing is waiting any more: the button only closes the dialog.
      cancelLabel={ended ? 'Close' : 'Cancel'}
      onCancel={() => void cancel()}
      actions={
        ended && (
          <Button
            appearance="primary"
            className={shared.nowrap}
            icon={<ArrowClockwiseRegular />}
            onClick={onRenew}
          >
            Get a new code
          </Button>
        )
      }
    >
      {problem && <ProblemBar problem={problem} onDismiss={commands.dismiss} />}
      {!prompt ? (
        <Spinner size="small" labelPosition="after" label="Getting a new code…" />
      ) : stopped ? (
        <ProblemBar problem={stopped} intent="warning" />
      ) : expired ? (
        <MessageBar intent="warning">
          <MessageBarBody>This code has expired. Get a new code to try again.</MessageBarBody>
        </MessageBar>
      ) : (
        <DeviceCodeSteps
          prompt={prompt}
          accountNeed={props.accountNeed}
          now={now}
          onOpenPage={() => void openPage()}
        />
      )}
    </SignInWaitDialog>
  );
}
