import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { SignInMethod, SignInMethodId } from '../../../preload/contract';

const useStyles = makeStyles({
  group: { gap: tokens.spacingVerticalXXS },
  label: { display: 'flex', flexDirection: 'column' },
  description: { color: tokens.colorNeutralForeground3 },
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
              <Radio
                key={method.id}
                value={method.id}
                disabled={!method.available}
                aria-describedby={descriptionId}
                label={{
                  className: styles.label,
                  children: (
                    <>
                      {method.label}
                      {/* Read as the radio's description, not as part of its name. */}
                      <Caption1
                        id={descriptionId}
                        aria-hidden
                        className={method.available ? styles.description : styles.unavailable}
                      >
                        {why ? `${method.description} Not available: ${why}` : method.description}
                      </Caption1>
                    </>
                  ),
                }}
              />
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
