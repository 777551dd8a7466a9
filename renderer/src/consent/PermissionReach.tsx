import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PermissionPreview, PermissionPreviews } from '../../../preload/contract';
import { PermissionPartLines } from '../ui/PermissionPartLines';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What one permission would let this person do, part by part, or the app alone tenant-wide. */
export function PermissionReach({ preview }: { preview: PermissionPreview | undefined }) {
  const styles = useStyles();
  if (!preview) return null;
  if (preview.tenantWide) {
    return <Caption1 className={styles.muted}>The app alone, across the whole tenant</Caption1>;
  }
  if (preview.parts.length === 0) {
    // The table does not describe it: its own meaning above is all that is known.
    return (
      <Caption1 className={styles.muted}>
        What your roles allow with it is not in M365 Desk’s table.
      </Caption1>
    );
  }
  return (
    <PermissionPartLines
      label={`What ${preview.permission} would allow`}
      parts={preview.parts.map((part) => ({ ...part, key: part.action }))}
    />
  );
}

/**
 * Whose roles the rows' ticks and crosses come from, said once above them; `unknown` when
 * nobody's are known (the rows then say which role each part needs).
 */
export function PreviewWho({ preview, unknown }: { preview: PermissionPreviews; unknown: string }) {
  const styles = useStyles();
  const roles = preview.directoryRoles;
  const who = preview.person ?? 'you';
  return (
    <Caption1 className={styles.muted} role="note">
      {!roles
        ? unknown
        : roles.length
          ? `What each would let ${who} do, as ${roles.join(', ')}.`
          : `What each would let ${who} do, with no admin role.`}
    </Caption1>
  );
}
