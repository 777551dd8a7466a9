import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { LiHTMLAttributes, ReactNode } from 'react';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    listStyle: 'none',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  icon: { fontSize: '20px', flexShrink: 0, marginTop: '1px' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  words: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  action: { flexShrink: 0 },
});

/** A list of outcomes, one row per service (or check): named for screen readers by `label`. */
export function OutcomeList({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <ul aria-label={label} className={styles.list}>
      {children}
    </ul>
  );
}

interface OutcomeRowProps extends Omit<LiHTMLAttributes<HTMLLIElement>, 'title'> {
  ok: boolean;
  title: ReactNode;
  detail: ReactNode;
  /** The way on for this row, e.g. Grant consent. */
  action?: ReactNode;
}

/** One outcome: a green tick or an orange warning, what it is, and what happened to it. */
export function OutcomeRow({ ok, title, detail, action, ...item }: OutcomeRowProps) {
  const styles = useStyles();
  const Icon = ok ? CheckmarkCircleFilled : WarningFilled;
  return (
    <li className={styles.item} data-ok={ok} {...item}>
      <Icon aria-hidden className={mergeClasses(styles.icon, ok ? styles.pass : styles.warn)} />
      <span className={styles.words}>
        <Text weight="semibold">{title}</Text>
        <Text className={styles.detail}>{detail}</Text>
      </span>
      {action && <span className={styles.action}>{action}</span>}
    </li>
  );
}
