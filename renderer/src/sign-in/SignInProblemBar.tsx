import { Button } from '@fluentui/react-components';
import { GlobeArrowForwardRegular, WrenchRegular } from '@fluentui/react-icons';
import type { Problem } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';

interface SignInProblemBarProps {
  problem: Problem;
  onDismiss?: () => void;
  /** Starts the same sign-in in the system browser; offered only when that would help. */
  onUseBrowser?: () => void;
  /**
   * Opens "Check my app" for the app that failed; offered only when the app registration is
   * at fault (public client flows off, a redirect URI missing).
   */
  onFixApp?: () => void;
}

/** A failed sign-in, with the way around it when there is one. */
export function SignInProblemBar({
  problem,
  onDismiss,
  onUseBrowser,
  onFixApp,
}: SignInProblemBarProps) {
  // The core's error table says when the browser helps (Conditional Access blocked device code).
  const offerBrowser = problem.remedy === 'browser-instead' && onUseBrowser !== undefined;
  const offerFix = isAppRegistrationProblem(problem) && onFixApp !== undefined;
  return (
    <ProblemBar
      problem={problem}
      onDismiss={onDismiss}
      action={
        offerBrowser ? (
          <Button icon={<GlobeArrowForwardRegular />} onClick={onUseBrowser}>
            Sign in with the browser instead
          </Button>
        ) : (
          offerFix && (
            <Button icon={<WrenchRegular />} onClick={onFixApp}>
              Fix the app registration
            </Button>
          )
        )
      }
    />
  );
}
