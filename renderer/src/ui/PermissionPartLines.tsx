import { makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkRegular,
  CircleSmallFilled,
  DismissRegular,
  QuestionCircleRegular,
} from '@fluentui/react-icons';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: '2px' },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, fontSize: '14px', marginTop: '3px' },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** One thing a permission covers, and whether this person's roles allow it. */
export interface PartLine {
  key: string;
  action: string;
  /** Absent when the person's roles are not known. */
  allowed?: boolean;
  /** Which role would allow it, in words. */
  needs?: string;
  /** The permission it belongs to, where the list mixes several. */
  of?: string;
}

const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** What permissions let someone do, part by part: allowed, not allowed (and which role is), or unknown. */
export function PermissionPartLines({ parts, label }: { parts: PartLine[]; label?: string }) {
  const styles = useStyles();
  const icon = (part: PartLine) => {
    if (part.allowed === true)
      return <CheckmarkRegular aria-label="Allowed" className={`${styles.icon} ${styles.yes}`} />;
    if (part.allowed === false)
      return <DismissRegular aria-label="Not allowed" className={`${styles.icon} ${styles.no}`} />;
    if (part.needs)
      return (
        <QuestionCircleRegular
          aria-label="Depends on your roles"
          className={`${styles.icon} ${styles.no}`}
        />
      );
    return (
      <CircleSmallFilled aria-label="Every member" className={`${styles.icon} ${styles.no}`} />
    );
  };
  const notes = (part: PartLine) =>
    [part.of && `(${part.of})`, part.needs && `needs ${part.needs}`].filter(Boolean).join(' · ');
  return (
    <ul className={styles.list} aria-label={label}>
      {parts.map((part) => (
        <li key={part.key} className={styles.item} data-allowed={part.allowed ?? 'unknown'}>
          {icon(part)}
          <span>
            {sentence(part.action)}{' '}
            {notes(part) && <span className={styles.secondary}>{notes(part)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
