import { Button, DialogActions, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  CheckmarkRegular,
  PlugConnectedRegular,
} from '@fluentui/react-icons';
import type { WizardStep } from './app-setup-request';
import { wizardSteps } from './SetupStepper';
import { useWizard } from './wizard-context';

const useStyles = makeStyles({
  actions: { display: 'flex', justifyContent: 'space-between' },
  right: { display: 'flex', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
});

interface WizardFooterProps {
  /** Whether Next may go to the step after this one. */
  reachable: (step: WizardStep) => boolean;
}

/** Back and Next; after the last step, once saved, the way out ("Done" once verified). */
export function WizardFooter({ reachable }: WizardFooterProps) {
  const styles = useStyles();
  const { state, dispatch, creating, setup, verified } = useWizard();
  const index = wizardSteps.findIndex((step) => step.id === state.step);
  const next = wizardSteps[index + 1]?.id;
  const previous = wizardSteps[index - 1]?.id;
  return (
    <DialogActions className={styles.actions}>
      {previous && (
        <Button
          icon={<ArrowLeftRegular />}
          disabledFocusable={creating || setup.signingIn}
          onClick={() => dispatch({ type: 'go-to', step: previous })}
        >
          Back
        </Button>
      )}
      <div className={styles.right}>
        {next ? (
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            disabledFocusable={!reachable(next) || creating}
            onClick={() => dispatch({ type: 'go-to', step: next })}
          >
            Next
          </Button>
        ) : (
          state.saved && (
            <Button
              appearance="primary"
              icon={verified ? <CheckmarkRegular /> : <PlugConnectedRegular />}
              onClick={() => dispatch({ type: 'close' })}
            >
              {verified ? 'Done' : 'Connect services now'}
            </Button>
          )
        )}
      </div>
    </DialogActions>
  );
}
