import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, WrenchRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { AppCheck } from '../../../../preload/contract';
import { fixDescriptions } from '../../lib/app-fix';
import { BusyIcon } from '../../ui/BusyIcon';

const useStyles = makeStyles({
  item: {
    listStyle: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  group: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
  },
  icon: { fontSize: '20px', flexShrink: 0, marginTop: '1px' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  words: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: 0,
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  byHand: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  fix: { flexShrink: 0 },
});

interface AppCheckItemProps {
  check: AppCheck;
  /** This check's fix is running. */
  fixing: boolean;
  /** Another check or fix is running. */
  busy: boolean;
  /** Omitted when nobody is signed in who could apply a fix. */
  onFix: (() => void) | undefined;
}

/** One check of "Check my app": pass or fail, what was found, and how to fix it. */
export function AppCheckItem({ check, fixing, busy, onFix }: AppCheckItemProps) {
  const styles = useStyles();
  const labelId = useId();
  const fixId = useId();
  const Icon = check.ok ? CheckmarkCircleFilled : DismissCircleFilled;
  const canFix = !check.ok && check.fix !== undefined && onFix !== undefined;
  return (
    <li className={styles.item} data-check={check.id} data-ok={check.ok}>
      <div role="group" tabIndex={-1} aria-labelledby={labelId} className={styles.group}>
        <Icon
          aria-hidden
          className={mergeClasses(styles.icon, check.ok ? styles.pass : styles.fail)}
        />
        <div className={styles.words}>
          <Text weight="semibold" id={labelId}>
            {check.label}
          </Text>
          <Text>
            {check.ok ? 'Passed' : 'Failed'}: <span className={styles.detail}>{check.detail}</span>
          </Text>
          {!check.ok && check.fixByHand && (
            <Text size={200} className={styles.byHand}>
              To fix it by hand: {check.fixByHand}
            </Text>
          )}
          {canFix && check.fix && (
            <Text size={200} id={fixId} className={styles.byHand}>
              Fix it here: {fixDescriptions[check.fix]}
            </Text>
          )}
        </div>
        {canFix && (
          <Button
            className={styles.fix}
            appearance="primary"
            icon={fixing ? <BusyIcon /> : <WrenchRegular />}
            disabledFocusable={busy}
            aria-describedby={fixId}
            onClick={onFix}
          >
            Fix it
          </Button>
        )}
      </div>
    </li>
  );
}
