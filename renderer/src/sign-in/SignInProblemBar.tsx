import { Button } from '@fluentui/react-components';
import { GlobeArrowForwardRegular, WrenchRegular } from '@fluentui/react-icons';
import type { Problem, ServiceId } from '../../../preload/contract';
import { isAppRegistrationProblem } from '../lib/app-fix';
import { ProblemBar } from '../ui/ProblemBar';
import { AccessRequestButton } from './AccessRequestButton';

interface SignInProblemBarProps {
  problem: Problem;
  /** The service the sign-in was for: a request for access (AADSTS50105) names its app. */
  serviceId?: ServiceId;
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
  serviceId,
  onDismiss,
  onUseBrowser,
  onFixApp,
}: SignInProblemBarProps) {
  // The core's error table says when the browser helps (Conditional Access blocked device code).
  const offerBrowser = problem.remedy === 'browser-instead' && onUseBrowser !== undefined;
  const offerFix = isAppRegistrationProblem(problem) && onFixApp !== undefined;
  const askForAssignment = problem.remedy === 'ask-for-assignment' && serviceId !== undefined;
  return (
    <ProblemBar
      problem={problem}
      onDismiss={onDismiss}
      action={
        askForAssignment ? (
          <AccessRequestButton serviceId={serviceId} of="new-sign-in" />
        ) : offerBrowser ? (
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
