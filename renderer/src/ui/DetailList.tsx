import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(96px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
  },
  row: { display: 'contents' },
  term: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  none: { color: tokens.colorNeutralForeground3 },
});

export interface DetailRow {
  label: string;
  value: ReactNode;
  /**
   * Folded away: not rendered until it is shown, so six panels render only what they show
   * (their permissions, say, are a badge each).
   */
  hidden?: boolean;
}

/** Labelled values as a <dl>, so each value is found by its label (by people and by tests). */
export function DetailList({ rows, id }: { rows: DetailRow[]; id?: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} id={id}>
      {rows
        .filter((row) => !row.hidden)
        .map(({ label, value }) => (
          // A <div> may group a <dt>/<dd> pair; `contents` keeps the pair in the parent grid.
          <div key={label} className={styles.row}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

interface ChipListProps {
  items: string[];
  /** What to say when there are none, e.g. "None". */
  empty?: string;
  color?: 'informative' | 'warning';
}

/** Permissions, roles and the like: one badge each, as a list so screen readers count them. */
export function ChipList({ items, empty = 'None', color = 'informative' }: ChipListProps) {
  const styles = useStyles();
  if (items.length === 0) return <span className={styles.none}>{empty}</span>;
  return (
    <ul className={styles.chips}>
      {items.map((item) => (
        <li key={item}>
          <Badge appearance="tint" color={color} shape="rounded">
            {item}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
