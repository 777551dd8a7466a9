import { Button } from '@fluentui/react-components';
import { GlobeArrowForwardRegular } from '@fluentui/react-icons';
import type { Problem } from '../../../preload/contract';
import { ProblemBar } from './ProblemBar';

/** Entra's code when Conditional Access blocks the sign-in method (here: device code). */
const blockedByConditionalAccess = 'AADSTS53003';

interface SignInProblemBarProps {
  problem: Problem;
  onDismiss?: () => void;
  /** Starts the same sign-in in the system browser; offered only when that would help. */
  onUseBrowser?: () => void;
}

/** A failed sign-in, with the one way around a Conditional Access block on device code. */
export function SignInProblemBar({ problem, onDismiss, onUseBrowser }: SignInProblemBarProps) {
  const offerBrowser = problem.code === blockedByConditionalAccess && onUseBrowser !== undefined;
  return (
    <ProblemBar
      problem={problem}
      onDismiss={onDismiss}
      action={
        offerBrowser && (
          <Button icon={<GlobeArrowForwardRegular />} onClick={onUseBrowser}>
            Sign in with the browser instead
          </Button>
        )
      }
    />
  );
}
