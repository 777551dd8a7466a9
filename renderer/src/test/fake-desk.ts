/**
 * A stand-in for `window.desk` in renderer tests: each command answers through a handler the
 * test gives (typed by the contract), events are sent with `emit`, and every call is recorded.
 */
import type { DeskApi } from '../../../preload/bridge';
import type {
  CommandInput,
  CommandName,
  CommandOutput,
  EventName,
  EventPayload,
  Result,
} from '../../../preload/contract';

type Answer<C extends CommandName> = Result<CommandOutput<C>> | Promise<Result<CommandOutput<C>>>;

export type DeskHandlers = { [C in CommandName]?: (input: CommandInput<C>) => Answer<C> };

export interface FakeDesk {
  /** Every command sent, in order. */
  calls: Array<{ command: CommandName; input: unknown }>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** Installs the fake as `window.desk` (the DOM setup removes it after each test). */
export function installFakeDesk(handlers: DeskHandlers = {}): FakeDesk {
  const calls: FakeDesk['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const desk: DeskApi = {
    async invoke(command, input) {
      calls.push({ command, input });
      const handler = handlers[command] as ((input: unknown) => Answer<typeof command>) | undefined;
      if (!handler) return { ok: false, code: 'not_stubbed', message: `No answer for ${command}` };
      return handler(input);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  Object.defineProperty(window, 'desk', { value: desk, configurable: true, writable: true });
  return {
    calls,
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

/** A promise the test settles when it likes, for commands that are still running. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
