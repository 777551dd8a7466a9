import { makeStyles, tokens } from '@fluentui/react-components';
import type { EffectivePermissions } from '../../../preload/contract';
import { PermissionPartLines } from '../ui/PermissionPartLines';

const useStyles = makeStyles({
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
    p.parts.map(({ allowed, ...part }) => ({
      ...part,
      // Where nobody could read the roles, what needs one has no verdict.
      ...(allowed || view.rolesFrom !== 'unknown' ? { allowed } : {}),
      key: `${p.permission}:${part.action}`,
      of: p.permission,
    })),
  );
  if (parts.length === 0) return null;
  return (
    <div>
      <PermissionPartLines parts={parts} />
      <span className={styles.secondary}>{rolesSentence(view)}</span>
    </div>
  );
}
