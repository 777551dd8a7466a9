import type { StartOutcome } from './sign-in-choice';

/** The answer to "may the connect dialog close?", given at most once. */
export interface Handoff {
  promise: Promise<StartOutcome>;
  /** Settles the promise; false when it was already settled (then the caller reports elsewhere). */
  settle: (outcome: StartOutcome) => boolean;
}

export function createHandoff(): Handoff {
  let resolve: (outcome: StartOutcome) => void = () => {};
  let settled = false;
  const promise = new Promise<StartOutcome>((done) => {
    resolve = done;
  });
  return {
    promise,
    settle: (outcome) => {
      if (settled) return false;
      settled = true;
      resolve(outcome);
      return true;
    },
  };
}

/** For runs nobody waits on (a renewed code, a retry from a panel): every report goes elsewhere. */
export const noHandoff: Handoff = {
  promise: Promise.resolve({ handedOff: true }),
  settle: () => false,
};
