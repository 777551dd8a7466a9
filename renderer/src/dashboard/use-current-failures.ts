import { useEffect, useState } from 'react';
import type { Problem, ServiceState, ServiceStatus } from '../../../preload/contract';

/** A failure of one of this window's own commands on a panel (a sign-in, a switch of account). */
export interface PanelFailure {
  problem: Problem;
  dismiss: () => void;
  /** For a failed sign-in: the same sign-in in the system browser. */
  useBrowser?: () => void;
  /** For a sign-in the app registration made fail: open "Check my app" for it. */
  fixApp?: () => void;
}

/**
 * One message per problem, cleared when the problem is gone: of a panel's failures, those the
 * service's own status tells already are not told again (a sign-in refused for want of consent
 * leaves the service saying so), and those the service has moved on from are dismissed. A
 * failure belongs to the state the service settled in when it happened; once the service is in
 * another (an administrator granted the consent, another account connected it), it is stale.
 */
export function useCurrentFailures(
  failures: PanelFailure[],
  status: ServiceStatus,
): PanelFailure[] {
  // `connecting` is the sign-in itself, not where it settled.
  const settled = status.state === 'connecting' ? undefined : status.state;
  const [settledIn, setSettledIn] = useState<ReadonlyMap<Problem, ServiceState>>(() => new Map());
  // Derived while rendering: a failure is placed in the state the service settled in with it.
  if (settled && failures.some((failure) => !settledIn.has(failure.problem))) {
    setSettledIn(
      new Map(failures.map(({ problem }) => [problem, settledIn.get(problem) ?? settled])),
    );
  }
  const isStale = (failure: PanelFailure) => {
    const seen = settledIn.get(failure.problem);
    return seen !== undefined && settled !== undefined && seen !== settled;
  };
  const stale = failures.filter(isStale);

  useEffect(() => {
    for (const failure of stale) failure.dismiss();
  });

  return failures.filter(
    (failure) => !isStale(failure) && failure.problem.code !== status.problem?.code,
  );
}
