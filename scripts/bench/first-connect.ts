/**
 * First Connect → device code shown: on a new core (the app just started), the time from
 * `signIn.deviceCode` to the `signIn.deviceCode` event that puts the code on screen, with the
 * injected latency. The floor is the one `/devicecode` round trip. Each round then cancels.
 *
 * The fixture collects events in a plain array; the bench stamps the moment the prompt is
 * pushed (polling the array, as the tests do, would add up to its 25 ms poll to every round).
 */
import { performance } from 'node:perf_hooks';
import type { CoreFixture } from '../../main/core/testing/core-fixture';
import type { Measurement } from './goals';
import { median, ms, progress, type RoundTrip } from './timing';

interface Prompt {
  at: number;
  flowId: string;
}

/** Calls `onPrompt` when the core emits a device code prompt; answers the undo. */
function stampPrompts(f: CoreFixture, onPrompt: (prompt: Prompt) => void): () => void {
  const events = f.events;
  const push = events.push;
  events.push = (...items) => {
    for (const { name, payload } of items) {
      if (name === 'signIn.deviceCode') {
        onPrompt({ at: performance.now(), flowId: (payload as { flowId: string }).flowId });
      }
    }
    return push.apply(events, items);
  };
  return () => {
    events.push = push;
  };
}

export async function measureFirstConnect(
  f: CoreFixture,
  rt: RoundTrip,
  rounds: number,
): Promise<Measurement> {
  progress(`first connect → device code shown: ${rounds} rounds`);
  let waiting: ((prompt: Prompt) => void) | undefined;
  const undo = stampPrompts(f, (prompt) => waiting?.(prompt));
  const shown: number[] = [];
  const roundTrip: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      roundTrip.push(await rt.once());
      await f.restart();
      const prompted = new Promise<Prompt>((resolve) => (waiting = resolve));
      const start = performance.now();
      const signIn = f.invoke('signIn.deviceCode', { serviceId: 'graph', cloud: 'sandbox' });
      const prompt = await Promise.race([
        prompted,
        signIn.then((result) => {
          throw new Error(`no device code: ${JSON.stringify(result)}`);
        }),
      ]);
      shown.push(prompt.at - start);
      await f.invoke('signIn.cancel', { flowId: prompt.flowId });
      await signIn; // answers "cancelled"; the panel goes back to what it was
      f.events.length = 0;
    }
  } finally {
    undo();
  }
  const value = median(shown);
  const oneRoundTrip = median(roundTrip);
  return {
    key: 'first-connect',
    rounds,
    medians: `device code shown ${ms(value)}, one round trip ${ms(oneRoundTrip)}`,
    value,
    roundTripMs: oneRoundTrip,
  };
}
