import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DeviceCodePrompt } from '../../../preload/contract';
import { formatCountdown } from '../ui/format-time';
import { CopyButton } from '../ui/CopyButton';
import { useVisuallyHidden } from '../ui/visually-hidden';
import { useSignInWaitStyles } from './SignInWaitDialog';

const useStyles = makeStyles({
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
  then: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/**
 * How long a person may take before the dialog says what "Need admin approval" means: the code
 * is still waiting then, since an administrator may yet sign in with it.
 */
export const ADMIN_APPROVAL_HINT_AFTER_MS = 60_000;

interface DeviceCodeStepsProps {
  prompt: DeviceCodePrompt;
  /** Which kind of account to sign in with; without it, an admin account. */
  accountNeed: string | undefined;
  now: number;
  onOpenPage: () => void;
}

/** The three steps of a device code sign-in, the countdown, and help once it takes a while. */
export function DeviceCodeSteps({ prompt, accountNeed, now, onOpenPage }: DeviceCodeStepsProps) {
  const styles = useStyles();
  const shared = useSignInWaitStyles();
  const visuallyHidden = useVisuallyHidden();
  const remainingMs = Date.parse(prompt.expiresAt) - now;
  // When this code was first shown (a new code starts the wait again).
  const [shown, setShown] = useState({ flowId: prompt.flowId, at: now });
  if (shown.flowId !== prompt.flowId) setShown({ flowId: prompt.flowId, at: now });
  const waitedLong = now - shown.at >= ADMIN_APPROVAL_HINT_AFTER_MS;

  return (
    <>
      <ol className={styles.steps}>
        <li className={styles.step}>
          <div className={styles.stepTitle}>Open the verification page</div>
          <div className={styles.row}>
            <span className={styles.url}>{prompt.verificationUri}</span>
            <Button icon={<OpenRegular />} onClick={onOpenPage}>
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
          <div className={styles.stepTitle}>Sign in</div>
          <div>{accountNeed ?? 'Use your admin account.'}</div>
          <div className={styles.then}>
            This window updates by itself once you have approved the sign-in.
          </div>
        </li>
      </ol>
      {waitedLong && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Does the browser say “Need admin approval”?</MessageBarTitle>
            Then this account may not consent to what M365 Desk asks for. An administrator can enter
            this same code and sign in instead, or grant the app consent for your organisation
            first; after that, you can sign in yourself.
          </MessageBarBody>
        </MessageBar>
      )}
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
  );
}
