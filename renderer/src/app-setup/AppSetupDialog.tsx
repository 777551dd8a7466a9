import {
  Button,
  Dialog,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, type ComponentType } from 'react';
import { ProblemBar } from '../ui/ProblemBar';
import type { WizardStep } from './app-setup-request';
import { SetupStepper } from './SetupStepper';
import { ChooseStep } from './steps/ChooseStep';
import { CreateStep } from './steps/CreateStep';
import { ExplainStep } from './steps/ExplainStep';
import { SaveStep } from './steps/SaveStep';
import { useWizard } from './wizard-context';
import { WizardFooter } from './WizardFooter';
import { WizardSignInDialogs } from './WizardSignInDialogs';
import { canGoTo } from './wizard-state';

const useStyles = makeStyles({
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    width: 'min(1000px, calc(100vw - 48px))',
    maxWidth: 'none',
    height: 'min(900px, calc(100dvh - 48px))',
    boxSizing: 'border-box',
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  content: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    // Room for focus outlines at the edges of the scrolling area.
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
});

/** What each step shows; all but the first read the permission catalog, so wait for it. */
const stepViews: Record<WizardStep, { View: ComponentType; needsCatalog: boolean }> = {
  explain: { View: ExplainStep, needsCatalog: false },
  choose: { View: ChooseStep, needsCatalog: true },
  create: { View: CreateStep, needsCatalog: true },
  save: { View: SaveStep, needsCatalog: true },
};

/** "Set up your app": explain, choose, create (for the person or by hand), save. */
export function AppSetupDialog() {
  const styles = useStyles();
  const { state, dispatch, creating, services } = useWizard();
  const contentRef = useRef<HTMLDivElement>(null);
  const reachable = (step: WizardStep) =>
    canGoTo(step, { creating, serviceCount: services.length, hasApp: state.app !== undefined });
  // Closing while the app is being created would lose its result.
  const close = () => {
    if (!creating) dispatch({ type: 'close' });
  };

  // A new step starts at its top, not wherever the last one was scrolled to. (A layout effect,
  // so a step that scrolls itself somewhere on mount, such as "Check my app", still can.)
  useLayoutEffect(() => {
    contentRef.current?.scrollTo({ top: 0 });
  }, [state.step]);

  return (
    <Dialog
      open={state.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && data.type === 'escapeKeyDown') close();
      }}
    >
      <DialogSurface className={styles.surface}>
        <div className={styles.titleRow}>
          <DialogTitle>Set up your app</DialogTitle>
          <Button
            appearance="subtle"
            aria-label="Close"
            icon={<DismissRegular />}
            disabledFocusable={creating}
            onClick={close}
          />
        </div>
        <SetupStepper
          current={state.step}
          reachable={reachable}
          onGoTo={(step) => dispatch({ type: 'go-to', step })}
        />
        {/* It scrolls, so the keyboard can reach it, even on a step with nothing to click. */}
        <div
          ref={contentRef}
          className={styles.content}
          tabIndex={0}
          role="region"
          aria-label="This step"
        >
          <StepContent />
        </div>
        <WizardFooter reachable={reachable} />
        {/* Nested, so they sit above the wizard and take the focus while they are open. */}
        <WizardSignInDialogs />
      </DialogSurface>
    </Dialog>
  );
}

/** The current step, once what it reads has loaded. */
function StepContent() {
  const { state, catalog, retryCatalog } = useWizard();
  const { View, needsCatalog } = stepViews[state.step];
  if (needsCatalog && catalog.state === 'failed') {
    return (
      <ProblemBar
        problem={catalog.problem}
        action={<Button onClick={retryCatalog}>Retry</Button>}
      />
    );
  }
  if (needsCatalog && catalog.state === 'pending') {
    return <Spinner label="Loading the permission catalog…" />;
  }
  return <View />;
}
