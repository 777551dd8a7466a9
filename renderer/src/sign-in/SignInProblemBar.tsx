import { Button } from '@fluentui/react-components';
import { GlobeArrowForwardRegular, WrenchRegular } from '@fluentui/react-icons';
import type { Problem } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';

/** Entra's code when Conditional Access blocks the sign-in method (here: device code). */
const blockedByConditionalAccess = 'AADSTS53003';

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
  const offerBrowser = problem.code === blockedByConditionalAccess && onUseBrowser !== undefined;
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
