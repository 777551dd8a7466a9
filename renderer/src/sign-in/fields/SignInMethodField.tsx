import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { SignInMethod, SignInMethodId } from '../../../../preload/contract';

const useStyles = makeStyles({
  group: { gap: tokens.spacingVerticalXXS },
  // Lined up under the radio's label text: indicator margins and width, then the label's padding.
  description: {
    color: tokens.colorNeutralForeground3,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    paddingLeft: `calc(2 * ${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalXS})`,
    paddingRight: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  unavailable: { color: tokens.colorNeutralForegroundDisabled },
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalXS,
  },
  noteIcon: { flexShrink: 0, marginTop: '2px' },
});

interface SignInMethodFieldProps {
  methods: SignInMethod[];
  value: SignInMethodId;
  onChange: (method: SignInMethodId) => void;
  /** Why app-only is not offered for this service, shown instead of its radio. */
  appOnlyNote: string | undefined;
}

/** The ways to sign in, in the core's order; one that cannot be used says why. */
export function SignInMethodField({
  methods,
  value,
  onChange,
  appOnlyNote,
}: SignInMethodFieldProps) {
  const styles = useStyles();
  const idPrefix = useId();
  return (
    <div>
      <Field label="Sign-in method">
        <RadioGroup
          className={styles.group}
          value={value}
          onChange={(_, data) => onChange(data.value as SignInMethodId)}
        >
          {methods.map((method) => {
            const descriptionId = `${idPrefix}-${method.id}`;
            const why = method.available ? undefined : method.unavailableReason;
            return (
              <div key={method.id}>
                <Radio
                  value={method.id}
                  label={method.label}
                  disabled={!method.available}
                  aria-describedby={descriptionId}
                />
                {/* Outside the <label>, so the radio is named by its label alone. */}
                <Caption1
                  id={descriptionId}
                  block
                  className={mergeClasses(
                    styles.description,
                    !method.available && styles.unavailable,
                  )}
                >
                  {why ? `${method.description} Not available: ${why}` : method.description}
                </Caption1>
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      {appOnlyNote && (
        <Caption1 className={styles.note}>
          <InfoRegular aria-hidden className={styles.noteIcon} />
          {appOnlyNote}
        </Caption1>
      )}
    </div>
  );
}
