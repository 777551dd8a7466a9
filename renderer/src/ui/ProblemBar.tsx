import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Problem } from '../../../preload/contract';

interface ProblemBarProps {
  problem: Problem;
  /**
   * `warning` for states the person can fix by signing in again, `info` for facts they cannot
   * change from here (the tenant lacks the service); `error` otherwise.
   */
  intent?: 'error' | 'warning' | 'info';
  onDismiss?: () => void;
  /** e.g. a Retry button. */
  action?: ReactNode;
  /** More detail below the hint, e.g. the permissions that are missing. */
  children?: ReactNode;
}

/** A failure as the person should see it: what happened (title) and what to do (hint). */
export function ProblemBar({
  problem,
  intent = 'error',
  onDismiss,
  action,
  children,
}: ProblemBarProps) {
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      data-problem-code={problem.code}
      data-intent={intent}
    >
      <MessageBarBody>
        <MessageBarTitle>{problem.message}</MessageBarTitle>
        {problem.hint && <div>{problem.hint}</div>}
        {children}
      </MessageBarBody>
      {(action || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            )
          }
        >
          {action}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
