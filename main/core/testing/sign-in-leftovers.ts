/**
 * TEST ONLY. What a sign-in that ended may have left behind: a port still listening, a flow
 * still pending, a timer still set. The fault scenarios of sign-ins that end early check each.
 */
import { connect } from 'node:net';
import type { CoreFixture } from './core-fixture';

/** Whether nothing listens at `port` on loopback any more. */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

/** The port of MSAL's loopback server, from the authorize URL it had the browser open. */
export const loopbackPortOf = (authorizeUrl: string): number =>
  Number(new URL(new URL(authorizeUrl).searchParams.get('redirect_uri')!).port);

/** The flow id of the latest `signIn.pending` (window or browser), once it is announced. */
export async function pendingFlowId(f: CoreFixture): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const event = [...f.events].reverse().find((e) => e.name === 'signIn.pending');
    if (event) return (event.payload as { flowId: string }).flowId;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no signIn.pending event');
}

/** Whether the core still holds the flow: cancelling a finished one answers false. */
export async function stillPending(f: CoreFixture, flowId: string): Promise<boolean> {
  return (await f.value('signIn.cancel', { flowId })).cancelled;
}

/** Timers set in this process now (the sign-in deadline is one while a flow waits). */
export const activeTimers = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

/** Until `condition` holds (polled), at most `ms`. */
export async function eventually(condition: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('the condition never held');
    await new Promise((r) => setTimeout(r, 10));
  }
}
