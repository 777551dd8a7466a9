import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { PersonRegular, AppsRegular, ShieldKeyholeRegular } from '@fluentui/react-icons';
import type { PermissionInfo } from '../../../preload/contract';

const useStyles = makeStyles({
  badges: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** "Delegated" or "Application", and "Admin consent" when only an administrator can grant it. */
export function PermissionBadges({ permission }: { permission: PermissionInfo }) {
  const styles = useStyles();
  const delegated = permission.type === 'delegated';
  return (
    <span className={styles.badges}>
      <Badge
        appearance="tint"
        shape="rounded"
        color={delegated ? 'brand' : 'important'}
        icon={delegated ? <PersonRegular /> : <AppsRegular />}
      >
        {delegated ? 'Delegated' : 'Application'}
      </Badge>
      {permission.adminConsentRequired && (
        <Badge appearance="tint" shape="rounded" color="warning" icon={<ShieldKeyholeRegular />}>
          Admin consent
        </Badge>
      )}
    </span>
  );
}
