/**
 * The first screen's reads, asked by the bridge the moment it is built. The preload runs before
 * the page has fetched a byte of its script, so the core answers while the page is still
 * loading: when the renderer's entry asks (renderer/src/bridge/startup-reads.ts), the answer is
 * already in, and the first render need not wait for a round trip behind the evaluation of
 * React and Fluent UI (`npm run bench`, first dashboard paint).
 *
 * An early answer is handed out once, to the first ask with no input; an event that would make
 * it stale (a service changed before the page asked) drops it, and the page's ask goes to the
 * core as any other.
 */
import type { CommandName, EventName } from './contract/names';

/** Each read the first screen makes, and the event after which an early answer is stale. */
export const FIRST_SCREEN_READS: ReadonlyArray<readonly [CommandName, EventName | undefined]> = [
  ['app.info', 'app.noticesChanged'],
  ['service.list', 'service.changed'],
];

export interface ReadTransport {
  invoke(command: CommandName, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface EarlyReads {
  /** The early answer to `command`, once, if it was asked early and is still current. */
  take(command: CommandName, input: unknown): Promise<unknown> | undefined;
}

const hasNoInput = (input: unknown): boolean =>
  input === undefined ||
  (typeof input === 'object' && input !== null && Object.keys(input).length === 0);

export function askFirstScreenReads(transport: ReadTransport): EarlyReads {
  const early = new Map<CommandName, { answer: Promise<unknown>; forget: () => void }>();
  const drop = (command: CommandName) => {
    early.get(command)?.forget();
    early.delete(command);
  };
  for (const [command, staleAfter] of FIRST_SCREEN_READS) {
    const answer = transport.invoke(command, {});
    // Whoever takes it sees a failure; one nobody takes is not an unhandled rejection.
    answer.catch(() => undefined);
    const stopListening = staleAfter ? transport.subscribe(staleAfter, () => drop(command)) : null;
    early.set(command, { answer, forget: () => stopListening?.() });
  }
  return {
    take(command, input) {
      if (!hasNoInput(input)) return undefined;
      const read = early.get(command);
      drop(command);
      return read?.answer;
    },
  };
}
