import { Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  CircleRegular,
  ClockRegular,
  DismissCircleFilled,
  SubtractCircleRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { SetupStep } from '../../../../preload/contract';
import { progressAnnouncement, stepStateText } from '../app-setup-progress';
import { useVisuallyHidden } from '../../ui/visually-hidden';
import { BusyIcon } from '../../ui/BusyIcon';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  icon: {
    display: 'grid',
    placeItems: 'center',
    width: '20px',
    height: '20px',
    fontSize: '20px',
    flexShrink: 0,
  },
  pending: { color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  waiting: { color: tokens.colorPaletteMarigoldForeground1 },
  words: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  state: { color: tokens.colorNeutralForeground2 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

function StepIcon({ step }: { step: SetupStep }) {
  const styles = useStyles();
  const icons: Record<SetupStep['state'], ReactElement> = {
    pending: <CircleRegular className={styles.pending} />,
    running: <BusyIcon size="extra-tiny" />,
    waiting: <ClockRegular className={styles.waiting} />,
    done: <CheckmarkCircleFilled className={styles.done} />,
    skipped: <SubtractCircleRegular className={styles.pending} />,
    failed: <DismissCircleFilled className={styles.failed} />,
  };
  return (
    <span aria-hidden className={styles.icon}>
      {icons[step.state]}
    </span>
  );
}

interface SetupProgressListProps {
  steps: SetupStep[];
  /** What the screen says already (the failure's own bar): a step repeating it leaves it out. */
  said?: string | undefined;
}

/** "Create it for me" as it happens: each step with its state, and what it found or did. */
export function SetupProgressList({ steps, said }: SetupProgressListProps) {
  const styles = useStyles();
  const a11y = useVisuallyHidden();
  return (
    <>
      <ol className={styles.list} aria-label="Progress">
        {steps.map((step) => (
          <li key={step.id} className={styles.item} data-step={step.id} data-state={step.state}>
            <StepIcon step={step} />
            <span className={styles.words}>
              <Text weight={step.state === 'running' ? 'semibold' : 'regular'}>
                {step.label}
                <span className={styles.state}> · {stepStateText(step)}</span>
              </Text>
              {step.detail && step.detail !== said && (
                <Text size={200} className={styles.detail}>
                  {step.detail}
                </Text>
              )}
            </span>
          </li>
        ))}
      </ol>
      {/* Says what is going on now, once per change, instead of reading the whole list. */}
      <span aria-live="polite" className={a11y.hidden}>
        {progressAnnouncement(steps)}
      </span>
    </>
  );
}
