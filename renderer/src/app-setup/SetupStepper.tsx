import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import type { WizardStep } from './app-setup-request';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    alignItems: 'center',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    gap: tokens.spacingHorizontalS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexGrow: 1 },
  last: { flexGrow: 0 },
  // The line between two steps: filled once the step before it is done.
  line: {
    flexGrow: 1,
    height: tokens.strokeWidthThick,
    minWidth: '16px',
    backgroundColor: tokens.colorNeutralStroke2,
  },
  lineDone: { backgroundColor: tokens.colorBrandStroke1 },
  button: { paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
  number: {
    display: 'inline-grid',
    placeItems: 'center',
    width: '24px',
    height: '24px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  numberCurrent: {
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  numberDone: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
  },
  label: { whiteSpace: 'nowrap' },
  labelCurrent: { fontWeight: tokens.fontWeightSemibold },
});

export const wizardSteps: Array<{ id: WizardStep; label: string }> = [
  { id: 'explain', label: 'How it works' },
  { id: 'choose', label: 'Choose permissions' },
  { id: 'create', label: 'Create the app' },
  { id: 'save', label: 'Save and connect' },
];

interface SetupStepperProps {
  current: WizardStep;
  /** Steps the person has reached; later ones cannot be jumped to yet. */
  reachable: (step: WizardStep) => boolean;
  onGoTo: (step: WizardStep) => void;
}

/** The wizard's four steps, where the person is, and a way back to any step already reached. */
export function SetupStepper({ current, reachable, onGoTo }: SetupStepperProps) {
  const styles = useStyles();
  const currentIndex = wizardSteps.findIndex((step) => step.id === current);
  return (
    <nav aria-label="Setup steps">
      <ol className={styles.list}>
        {wizardSteps.map((step, index) => {
          const isCurrent = index === currentIndex;
          const done = index < currentIndex;
          const last = index === wizardSteps.length - 1;
          return (
            <li key={step.id} className={mergeClasses(styles.item, last && styles.last)}>
              <Button
                appearance="subtle"
                className={styles.button}
                aria-current={isCurrent ? 'step' : undefined}
                disabledFocusable={!isCurrent && !reachable(step.id)}
                onClick={() => onGoTo(step.id)}
                icon={
                  <span
                    aria-hidden
                    className={mergeClasses(
                      styles.number,
                      done && styles.numberDone,
                      isCurrent && styles.numberCurrent,
                    )}
                  >
                    {done ? <CheckmarkRegular /> : index + 1}
                  </span>
                }
              >
                <span className={mergeClasses(styles.label, isCurrent && styles.labelCurrent)}>
                  {step.label}
                </span>
              </Button>
              {!last && (
                <span aria-hidden className={mergeClasses(styles.line, done && styles.lineDone)} />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
