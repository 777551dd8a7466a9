/**
 * The first screen's reads, asked for as soon as the page's script runs, before React and
 * Fluent UI are even evaluated: their round trips to the core overlap the loading of the page
 * instead of starting after its first render (`npm run bench`, first dashboard paint). The
 * bridge asked them earlier still, as it was built (preload/first-screen-reads.ts), so the
 * answers here are usually in before this module runs. The entry
 * waits for them (a bounded while) and renders once, with the answers already in: a hook that
 * needs one reads it as its initial state (`peekStartupAnswer`) and takes it in its effect
 * (`takeStartupRead`); a retry, or a later mount, asks the core again.
 *
 * A read whose answer an event keeps current (the panels and `service.changed`) listens from
 * the moment it is asked, so what the core says before the hook subscribes is not lost: the
 * hook gets those payloads when it takes the read and lays them over the answer.
 */
import type {
  CommandName,
  CommandOutput,
  EventName,
  EventPayload,
  Result,
} from '../../../preload/contract';
import { call, subscribe } from './desk-client';

/** Each start-up read, and the event that keeps its answer current (if any). */
const startupReads = {
  'app.info': undefined,
  'service.list': 'service.changed',
} as const;

export type StartupRead = keyof typeof startupReads;
type EventOf<C extends StartupRead> = (typeof startupReads)[C];
type HeardWith<C extends StartupRead> =
  EventOf<C> extends EventName ? EventPayload<EventOf<C>> : never;

export interface TakenRead<C extends StartupRead> {
  result: Promise<Result<CommandOutput<C>>>;
  /** What the read's event said between the question and now, oldest first. */
  heard: HeardWith<C>[];
}

interface Asked {
  result: Promise<Result<unknown>>;
  /** The answer, once it is in. */
  answer?: Result<unknown>;
  heard: unknown[];
  stopListening: () => void;
}

const asked = new Map<CommandName, Asked>();

const isStartupRead = (command: CommandName): command is StartupRead =>
  Object.hasOwn(startupReads, command);

/** Asks every start-up read; called once, first thing, by the renderer's entry. */
export function askStartupReads(): void {
  for (const [command, event] of Object.entries(startupReads) as [StartupRead, EventName?][]) {
    const heard: unknown[] = [];
    const stopListening = event ? subscribe(event, (payload) => heard.push(payload)) : () => {};
    const read: Asked = { result: call(command, {}), heard, stopListening };
    void read.result.then((answer) => (read.answer = answer));
    asked.set(command, read);
  }
}

/**
 * Resolves once every start-up read has answered, or after `limitMs`, whichever is first, so
 * the first frame shows the panels rather than a frame of spinners that the answers replace a
 * moment later; a slow core still gets its spinners after `limitMs`.
 */
export function startupReadsAnswered(limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    void Promise.all([...asked.values()].map((read) => read.result)).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The start-up answer to `command` if it is already in and not taken; for a first render. */
export function peekStartupAnswer<C extends CommandName>(
  command: C,
): Result<CommandOutput<C>> | undefined {
  return asked.get(command)?.answer as Result<CommandOutput<C>> | undefined;
}

/** The start-up read of `command`, at most once; undefined when it was not asked or is taken. */
export function takeStartupRead<C extends StartupRead>(command: C): TakenRead<C> | undefined {
  const read = asked.get(command);
  if (!read) return undefined;
  asked.delete(command);
  read.stopListening();
  return {
    result: read.result as Promise<Result<CommandOutput<C>>>,
    heard: read.heard as HeardWith<C>[],
  };
}

/** The start-up answer to a read no event keeps current, at most once; else undefined. */
export function takeStartupAnswer<C extends CommandName>(
  command: C,
): Promise<Result<CommandOutput<C>>> | undefined {
  if (!isStartupRead(command) || startupReads[command] !== undefined) return undefined;
  return takeStartupRead(command)?.result as Promise<Result<CommandOutput<C>>> | undefined;
}
