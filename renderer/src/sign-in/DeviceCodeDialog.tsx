import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, OpenRegular } from '@fluentui/react-icons';
import type { Problem } from '../../../preload/contract';
import { useCommandSet } from '../bridge/use-command';
import type { SignInFlow } from './use-device-code';
import { useNow } from '../ui/use-now';
import { call, problemOf } from '../bridge/desk-client';
import { formatCountdown } from '../ui/format-time';
import { CopyButton } from '../ui/CopyButton';
import { ProblemBar } from '../ui/ProblemBar';
import { useVisuallyHidden } from '../ui/visually-hidden';
import { SignInWaitDialog, useSignInWaitStyles } from './SignInWaitDialog';

const useStyles = makeStyles({
  surface: { maxWidth: '520px' },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  step: { paddingLeft: tokens.spacingHorizontalXS },
  stepTitle: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.12em',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    userSelect: 'all',
  },
  timer: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

interface DeviceCodeDialogProps {
  serviceLabel: string;
  flow: SignInFlow;
  onCancel: () => Promise<Problem | undefined>;
  onRenew: () => void;
}

/** Shows the device code while the core waits for the person to approve it in a browser. */
export function DeviceCodeDialog({ serviceLabel, flow, onCancel, onRenew }: DeviceCodeDialogProps) {
  const styles = useStyles();
  const shared = useSignInWaitStyles();
  const visuallyHidden = useVisuallyHidden();
  const now = useNow(1_000);
  // Cancel and Open in browser share the problem line; each answer replaces the last.
  const commands = useCommandSet<'cancel' | 'open'>({ keepProblemWhileRunning: true });
  const { problem } = commands;

  const open =
    flow.phase === 'waiting' ||
    flow.phase === 'expired' ||
    (flow.phase === 'starting' && flow.renewing && !flow.cancelRequested);
  const prompt = flow.phase === 'waiting' || flow.phase === 'expired' ? flow.prompt : undefined;
  const remainingMs = prompt ? Date.parse(prompt.expiresAt) - now : 0;
  const expired = flow.phase === 'expired' || (prompt !== undefined && remainingMs <= 0);

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
      cancelLabel="Cancel"
      onCancel={() => void cancel()}
      actions={
        expired && (
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
      ) : expired ? (
        <MessageBar intent="warning">
          <MessageBarBody>This code has expired. Get a new code to try again.</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ol className={styles.steps}>
            <li className={styles.step}>
              <div className={styles.stepTitle}>Open the verification page</div>
              <div className={styles.row}>
                <span className={styles.url}>{prompt.verificationUri}</span>
                <Button icon={<OpenRegular />} onClick={() => void openPage()}>
                  Open in browser
                </Button>
              </div>
            </li>
            <li className={styles.step}>
              <div className={styles.stepTitle}>Enter the code</div>
              <div className={styles.row}>
                <span role="group" aria-label="Device code" className={styles.code}>
                  {prompt.userCode}
                </span>
                <CopyButton value={prompt.userCode} what="code" appearance="secondary">
                  Copy code
                </CopyButton>
              </div>
            </li>
            <li className={styles.step}>
              <div className={styles.stepTitle}>Sign in with your admin account</div>
              This window updates by itself once you have approved the sign-in.
            </li>
          </ol>
          <div className={shared.status}>
            <Spinner size="tiny" labelPosition="after" label="Waiting for you to sign in…" />
            {/* The timer ticks every second, which is too chatty to announce; the live
                region below speaks once a minute instead. */}
            <span role="timer" className={styles.timer}>
              Code expires in {formatCountdown(remainingMs)}
            </span>
            <span aria-live="polite" className={visuallyHidden.hidden}>
              {`Code expires in about ${Math.ceil(remainingMs / 60_000)} min`}
            </span>
          </div>
        </>
      )}
    </SignInWaitDialog>
  );
}
