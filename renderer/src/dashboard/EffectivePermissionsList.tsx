import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
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

/**
 * What the granted permissions let this person (or the app) do, computed in main from the
 * token's permissions and the person's directory roles; what is not allowed says which role is.
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
          <li key={part.key} className={styles.item} data-allowed={part.allowed}>
            {part.allowed ? (
              <CheckmarkRegular aria-label="Allowed" className={`${styles.icon} ${styles.yes}`} />
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
      <span className={styles.secondary}>
        {view.tenantWide
          ? 'Application permissions apply to the whole tenant.'
          : view.directoryRoles.length
            ? `From your roles: ${view.directoryRoles.join(', ')}.`
            : 'You hold no admin role.'}
      </span>
    </div>
  );
}
