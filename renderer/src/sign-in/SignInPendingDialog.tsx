import { Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { GlobeRegular, WindowRegular } from '@fluentui/react-icons';
import type { InteractiveMethodId, Problem } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import type { InteractiveFlow } from './use-interactive-sign-in';
import { useNow } from '../ui/use-now';
import { formatLocalTime, formatRelative } from '../ui/format-time';
import { ProblemBar } from '../ui/ProblemBar';
import { SignInWaitDialog, useSignInWaitStyles } from './SignInWaitDialog';

const useStyles = makeStyles({
  surface: { maxWidth: '480px' },
  where: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  icon: { fontSize: '32px', flexShrink: 0, color: tokens.colorBrandForeground1 },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  wrap: { flexWrap: 'wrap' },
  timeout: { color: tokens.colorNeutralForeground2 },
});

const places: Record<InteractiveMethodId, { where: string; detail: string; note?: string }> = {
  'in-app-window': {
    where: 'Finish signing in in the sign-in window.',
    detail:
      'M365 Desk opened a separate window that shows only Microsoft’s sign-in pages. It closes by itself when you are done.',
  },
  'system-browser': {
    where: 'Finish signing in in your browser.',
    detail:
      'M365 Desk opened Microsoft’s sign-in page in your default browser. When the browser says you are signed in, come back here.',
    // M365 Desk cannot read the browser's pages, so an error page there stays the person's to see.
    note: 'Does the browser show an error such as AADSTS50011 instead? Cancel here, then use Set up app → Check my app: it finds and fixes what the app registration lacks.',
  },
};

interface SignInPendingDialogProps {
  serviceLabel: string;
  flow: InteractiveFlow;
  /** What the sign-in is for; by default "This connects {service}." */
  purpose?: string;
  onCancel: () => Promise<Problem | undefined>;
}

/** While a window or browser sign-in waits for the person: where to finish, and until when. */
export function SignInPendingDialog({
  serviceLabel,
  flow,
  purpose,
  onCancel,
}: SignInPendingDialogProps) {
  const styles = useStyles();
  const shared = useSignInWaitStyles();
  const now = useNow(15_000);
  const cancel = useCommand(onCancel, { keepProblemWhileRunning: true });
  const pending = flow.phase === 'pending' ? flow.pending : undefined;
  const place = pending && places[pending.method];
  const Icon = pending?.method === 'in-app-window' ? WindowRegular : GlobeRegular;

  return (
    <SignInWaitDialog
      open={pending !== undefined}
      title="Finish signing in"
      surfaceClassName={styles.surface}
      cancelLabel="Cancel sign-in"
      onCancel={() => void cancel.run()}
    >
      {cancel.problem && <ProblemBar problem={cancel.problem} onDismiss={cancel.dismiss} />}
      {pending && place && (
        <>
          <div className={styles.where}>
            <Icon aria-hidden className={styles.icon} />
            <div className={styles.words}>
              <Text weight="semibold">{place.where}</Text>
              <Text>
                {place.detail} {purpose ?? `This connects ${serviceLabel}.`}
              </Text>
              {place.note && <Text className={styles.timeout}>{place.note}</Text>}
            </div>
          </div>
          <div className={mergeClasses(shared.status, styles.wrap)}>
            <Spinner size="tiny" labelPosition="after" label="Waiting for you to sign in…" />
            <Text className={styles.timeout}>
              Stops waiting at{' '}
              <time dateTime={pending.expiresAt}>
                {formatLocalTime(Date.parse(pending.expiresAt), now)}
              </time>{' '}
              ({formatRelative(Date.parse(pending.expiresAt), now)})
            </Text>
          </div>
        </>
      )}
    </SignInWaitDialog>
  );
}
