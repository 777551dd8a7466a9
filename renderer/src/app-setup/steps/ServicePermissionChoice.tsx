import {
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import type {
  PermissionLevel,
  PermissionPreviews,
  ServicePermissionSets,
} from '../../../../preload/contract';
import {
  levelLabels,
  noApplicationReason,
  permissionLevels,
  permissionsFor,
  type ServiceDraft,
} from '../app-setup-choices';
import { serviceIcons } from '../../ui/service-icons';
import { PermissionList } from '../../consent';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  chosen: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { fontSize: '20px', color: tokens.colorBrandForeground2, flexShrink: 0 },
  checkbox: { fontWeight: tokens.fontWeightSemibold },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXL,
  },
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    maxWidth: '360px',
  },
  noteIcon: { flexShrink: 0, marginTop: '2px' },
});

interface ServicePermissionChoiceProps {
  service: ServicePermissionSets;
  draft: ServiceDraft;
  onToggle: (selected: boolean) => void;
  onLevel: (level: PermissionLevel) => void;
  onIncludeApplication: (include: boolean) => void;
  /** What each permission would let the person signed in for setup (or the app alone) do. */
  preview?: PermissionPreviews | undefined;
}

/** One service in "Choose": in or out, how much, whether app-only too, and what that means. */
export function ServicePermissionChoice(props: ServicePermissionChoiceProps) {
  const styles = useStyles();
  const { service, draft } = props;
  const Icon = serviceIcons[service.serviceId];
  const permissions = permissionsFor(service, draft);

  return (
    <section
      aria-label={service.label}
      className={mergeClasses(styles.card, draft.selected && styles.chosen)}
    >
      <div className={styles.header}>
        <Icon aria-hidden className={styles.icon} />
        <Checkbox
          className={styles.checkbox}
          label={service.label}
          checked={draft.selected}
          onChange={(_, data) => props.onToggle(data.checked === true)}
        />
      </div>
      {draft.selected && (
        <>
          <div className={styles.controls}>
            <Field label={`${service.label} permissions`}>
              <RadioGroup
                layout="horizontal"
                value={draft.level}
                onChange={(_, data) => props.onLevel(data.value as PermissionLevel)}
              >
                {permissionLevels.map((level) => (
                  <Radio key={level} value={level} label={levelLabels[level]} />
                ))}
              </RadioGroup>
            </Field>
            {service.applicationPermissionsOffered ? (
              <Switch
                label="Also allow app-only (application permissions)"
                checked={draft.includeApplication}
                onChange={(_, data) => props.onIncludeApplication(data.checked)}
              />
            ) : (
              <Caption1 className={styles.note}>
                <InfoRegular aria-hidden className={styles.noteIcon} />
                {noApplicationReason(service)}
              </Caption1>
            )}
          </div>
          <PermissionList
            permissions={permissions}
            label={`${service.label} permissions at ${levelLabels[draft.level]}`}
            {...(props.preview ? { preview: props.preview } : {})}
          />
        </>
      )}
    </section>
  );
}
