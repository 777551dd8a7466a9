import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PermissionPreview, PermissionPreviews } from '../../../preload/contract';
import { PermissionPartLines } from '../ui/PermissionPartLines';

const useStyles = makeStyles({
  meaning: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface PermissionReachProps {
  /** The permission's own meaning ("Read your organisation’s audit and activity logs"). */
  meaning: string;
  /** What it would let this person (or the app alone) do, once the core has said. */
  preview: PermissionPreview | undefined;
}

/**
 * A permission's meaning and what it would let this person do: part by part, or, where it has
 * one part, its meaning itself ticked or crossed (so nothing is said twice); for an application
 * permission, that the app alone uses it across the whole tenant.
 */
export function PermissionReach({ meaning, preview }: PermissionReachProps) {
  const styles = useStyles();
  const label = preview && `What ${preview.permission} would allow`;
  if (preview && !preview.tenantWide && preview.parts.length === 1) {
    const [part] = preview.parts;
    return (
      <PermissionPartLines
        label={label}
        parts={[{ ...part!, key: part!.action, action: meaning }]}
      />
    );
  }
  return (
    <>
      <Text className={styles.meaning}>{meaning}</Text>
      {preview?.tenantWide && (
        <Caption1 className={styles.muted}>The app alone, across the whole tenant</Caption1>
      )}
      {preview && !preview.tenantWide && preview.parts.length === 0 && (
        // The table does not describe it: its own meaning above is all that is known.
        <Caption1 className={styles.muted}>
          What your roles allow with it is not in M365 Desk’s table.
        </Caption1>
      )}
      {preview && preview.parts.length > 1 && (
        <PermissionPartLines
          label={label}
          parts={preview.parts.map((part) => ({ ...part, key: part.action }))}
        />
      )}
    </>
  );
}

/**
 * Whose roles the rows' ticks and crosses come from, said once above them; `unknown` when
 * nobody's are known (the rows then say which role each needs).
 */
export function PreviewWho({ preview, unknown }: { preview: PermissionPreviews; unknown: string }) {
  const styles = useStyles();
  const roles = preview.directoryRoles;
  const whose = preview.person ? `${preview.person}’s` : 'your';
  return (
    <Caption1 className={styles.muted} role="note">
      {roles
        ? `Checked against ${whose} roles: ${roles.length ? roles.join(', ') : 'no admin role'}.`
        : unknown}
    </Caption1>
  );
}
