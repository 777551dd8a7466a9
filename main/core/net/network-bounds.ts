/**
 * How long M365 Desk waits on the network and how often it asks again: the bounds a person's
 * wait never goes past, in one place so the tests can hold the app to them.
 */
export interface NetworkBounds {
  /** A token request (a sign-in's, a renewal, a device code poll) unanswered this long failed. */
  tokenTimeoutMs: number;
  /** A service's probe unanswered this long failed; the other panels never wait for it. */
  probeTimeoutMs: number;
  /**
   * The waits before each new try after a 5xx or a dropped connection: one try more than there
   * are waits. A request that timed out is not tried again (the person has waited enough).
   */
  retryDelaysMs: readonly number[];
  /**
   * The longest `Retry-After` waited out before trying again. A longer one is not waited for:
   * it is shown, and honoured by not asking again before its time.
   */
  longestRetryAfterMs: number;
}

/** The app's bounds: three tries at most, about two seconds apart in all. */
export const NETWORK_BOUNDS: NetworkBounds = {
  tokenTimeoutMs: 30_000,
  probeTimeoutMs: 15_000,
  retryDelaysMs: [500, 1_500],
  longestRetryAfterMs: 5_000,
};

/** The bound in words, for messages: "15 seconds". */
export const inWords = (ms: number): string => {
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
};
