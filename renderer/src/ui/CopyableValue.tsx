import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CopyButton } from './CopyButton';

const useStyles = makeStyles({
  row: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
  },
  value: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
    userSelect: 'all',
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface CopyableValueProps {
  value: string;
  /** What it is, for the copy button's name: "Copy {what}". Defaults to the value itself. */
  what?: string;
  /** Ids, URIs and permission names read better in a monospace font. */
  code?: boolean;
}

/** A value to paste somewhere else (the Entra admin center, a mail to an admin), with its copy button. */
export function CopyableValue({ value, what, code = false }: CopyableValueProps) {
  const styles = useStyles();
  return (
    <span className={styles.row}>
      <span className={mergeClasses(styles.value, code && styles.code)}>{value}</span>
      <CopyButton value={value} what={what ?? value} />
    </span>
  );
}
