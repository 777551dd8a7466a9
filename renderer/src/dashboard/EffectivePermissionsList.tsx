import { makeStyles, tokens } from '@fluentui/react-components';
import type { EffectivePermissions } from '../../../preload/contract';
import { PermissionPartLines } from '../ui/PermissionPartLines';

const useStyles = makeStyles({
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
      <PermissionPartLines parts={parts} />
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
