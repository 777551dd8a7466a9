import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PermissionInfo, PermissionPreviews } from '../../../preload/contract';
import { CopyableValue } from '../ui/CopyableValue';
import { PermissionBadges } from './PermissionBadges';
import { PermissionReach } from './PermissionReach';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, max-content) 1fr',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':first-child': { borderTop: 'none' },
  },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  empty: { color: tokens.colorNeutralForeground3 },
});

interface PermissionListProps {
  permissions: PermissionInfo[];
  /** The list's accessible name, e.g. "Microsoft Graph permissions at Standard". */
  label: string;
  /** Each value with a copy button, for typing it into the portal by hand. */
  copyable?: boolean;
  /** What each would let this person (or the app alone) do, where it was asked for. */
  preview?: PermissionPreviews;
}

/**
 * Permissions as the wizard explains them: the value, what it lets the app do, who grants it,
 * and (given a preview) what it would let this person, or the app alone, do.
 */
export function PermissionList({
  permissions,
  label,
  copyable = false,
  preview,
}: PermissionListProps) {
  const styles = useStyles();
  if (permissions.length === 0) {
    return <Text className={styles.empty}>No permissions at this level.</Text>;
  }
  return (
    <ul className={styles.list} aria-label={label}>
      {permissions.map((permission) => (
        <li key={`${permission.type}-${permission.value}`} className={styles.item}>
          {copyable ? (
            <CopyableValue value={permission.value} code />
          ) : (
            <span className={styles.value}>{permission.value}</span>
          )}
          <span className={styles.words}>
            <PermissionBadges permission={permission} />
            <PermissionReach
              meaning={permission.meaning}
              preview={preview?.permissions.find(
                (p) => p.permission === permission.value && p.type === permission.type,
              )}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
