/**
 * TEST ONLY. Stands in for a person who starts sign-ins and walks away: every sign-in the core
 * announces (a device code, a pending window or browser sign-in) is cancelled through the
 * contract's own `signIn.cancel`, so a fuzz payload that starts a real sign-in is answered at
 * once instead of waiting for a code to expire. Watches the fixture's event list by polling;
 * cancelling from inside the emit would run before the flow has finished starting.
 */
import type { CoreFixture } from '../core-fixture';

export interface SignInCanceller {
  /** Flow ids seen so far, oldest first. */
  readonly flowIds: string[];
  /** Answers of the cancels, for the same checks as every other answer. */
  readonly answers: unknown[];
  stop(): Promise<void>;
}

const SIGN_IN_EVENTS = new Set(['signIn.deviceCode', 'signIn.pending']);

export function cancelSignInsAsTheyStart(f: CoreFixture, everyMs = 5): SignInCanceller {
  const flowIds: string[] = [];
  const answers: unknown[] = [];
  const inFlight: Promise<void>[] = [];
  let seen = f.events.length;
  const timer = setInterval(() => {
    // Nothing removes events during the fuzz run, so an index is enough to find the new ones.
    for (; seen < f.events.length; seen++) {
      const event = f.events[seen]!;
      if (!SIGN_IN_EVENTS.has(event.name)) continue;
      const { flowId } = event.payload as { flowId: string };
      flowIds.push(flowId);
      inFlight.push(
        f.invoke('signIn.cancel', { flowId }).then((answer) => {
          answers.push(answer);
        }),
      );
    }
  }, everyMs);
  return {
    flowIds,
    answers,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}
