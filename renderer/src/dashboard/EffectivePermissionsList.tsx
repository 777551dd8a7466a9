import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import type { EffectivePermissions } from '../../../preload/contract';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: '2px' },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, fontSize: '14px', marginTop: '3px' },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The row's label: a person's view is theirs, an app's is the app's. */
export const effectiveLabel = (view: EffectivePermissions) =>
  view.kind === 'app-only' ? 'What the app may do' : 'What you may do';

/** Where the person's roles came from, in a sentence (none for an app). */
function rolesSentence(view: EffectivePermissions): string {
  if (view.tenantWide) return 'Application permissions apply to the whole tenant.';
  if (view.rolesFrom === 'unknown')
    return 'M365 Desk could not read your directory roles, so what needs a role may or may not be allowed.';
  const from = view.rolesFrom === 'directory' ? ' (read from the directory)' : '';
  return view.directoryRoles.length
    ? `From your roles${from}: ${view.directoryRoles.join(', ')}.`
    : 'You hold no admin role.';
}

/**
 * What the granted permissions let this person (or the app) do, computed in main from the
 * token's permissions and the person's directory roles; what is not allowed says which role is.
 * Where nobody could read the roles, what needs one is shown as depending on them.
 */
export function EffectivePermissionsList({ view }: { view: EffectivePermissions }) {
  const styles = useStyles();
  const parts = view.permissions.flatMap((p) =>
    p.parts.map((part) => ({ ...part, key: `${p.permission}:${part.action}`, of: p.permission })),
  );
  if (parts.length === 0) return null;
  return (
    <div>
      <ul className={styles.list}>
        {parts.map((part) => (
          <li key={part.key} className={styles.item} data-allowed={allowedWord(view, part)}>
            {part.allowed ? (
              <CheckmarkRegular aria-label="Allowed" className={`${styles.icon} ${styles.yes}`} />
            ) : view.rolesFrom === 'unknown' ? (
              <QuestionCircleRegular
                aria-label="Depends on your roles"
                className={`${styles.icon} ${styles.no}`}
              />
            ) : (
              <DismissRegular aria-label="Not allowed" className={`${styles.icon} ${styles.no}`} />
            )}
            <span>
              {part.action.charAt(0).toUpperCase() + part.action.slice(1)}{' '}
              <span className={styles.secondary}>
                ({part.of}){part.needs ? ` · needs ${part.needs}` : ''}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <span className={styles.secondary}>{rolesSentence(view)}</span>
    </div>
  );
}

/** `true`, `false`, or `unknown` where it needs a role nobody could read. */
const allowedWord = (view: EffectivePermissions, part: { allowed: boolean }) =>
  part.allowed ? 'true' : view.rolesFrom === 'unknown' ? 'unknown' : 'false';
