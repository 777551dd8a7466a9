import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { AppInfo, CloudId } from '../../../../preload/contract';

const useStyles = makeStyles({
  reason: { display: 'block', color: tokens.colorNeutralForeground3 },
});

interface CloudFieldProps {
  clouds: AppInfo['clouds'];
  value: CloudId;
  onChange: (cloud: CloudId) => void;
}

/**
 * Which Microsoft cloud (or the sandbox) to sign in to. A cloud that cannot be used is listed
 * with its reason but cannot be picked; if it is the current one, the reason shows as an error.
 */
export function CloudField({ clouds, value, onChange }: CloudFieldProps) {
  const styles = useStyles();
  const selected = clouds.find((cloud) => cloud.id === value);
  const reason = selected?.unavailableReason;
  return (
    <Field
      label="Cloud"
      validationState={reason ? 'error' : 'none'}
      validationMessage={reason && `${selected?.label} cannot be used: ${reason}`}
    >
      <Dropdown
        value={selected?.label ?? value}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => {
          const picked = clouds.find((cloud) => cloud.id === data.optionValue);
          if (picked && !picked.unavailableReason) onChange(picked.id);
        }}
      >
        {clouds.map((cloud) => (
          <Option
            key={cloud.id}
            value={cloud.id}
            text={cloud.label}
            disabled={cloud.unavailableReason !== undefined}
          >
            <div>
              {cloud.label}
              {cloud.unavailableReason && (
                <Caption1 className={styles.reason}>{cloud.unavailableReason}</Caption1>
              )}
            </div>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
