import type {
  CommandInput,
  CommandName,
  CommandOutput,
  EventName,
  EventPayload,
  Problem,
  Result,
} from '../../../preload/contract';

/**
 * Thin wrapper over `window.desk` so the UI never has to catch: a missing bridge or a rejected
 * IPC call becomes an ordinary `{ ok: false }` result that panels can show like any other.
 */
export async function call<C extends CommandName>(
  command: C,
  input: CommandInput<C>,
): Promise<Result<CommandOutput<C>>> {
  // `window.desk` is typed as always present, but a page opened outside the app has none.
  const desk = (window as Partial<Window>).desk;
  if (!desk) {
    return {
      ok: false,
      code: 'no_bridge',
      message: 'M365 Desk could not reach its core.',
      hint: 'Open the app from its launcher instead of a browser.',
    };
  }
  try {
    return await desk.invoke(command, input);
  } catch (error) {
    return {
      ok: false,
      code: 'bridge_failed',
      message: `The app did not answer "${command}".`,
      hint: error instanceof Error ? error.message : undefined,
    };
  }
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const desk = (window as Partial<Window>).desk;
  if (!desk) return () => {};
  return desk.on(event, listener);
}

/** The Problem part of a failed result, without the `ok` flag. */
export function problemOf(failure: Problem): Problem {
  return {
    code: failure.code,
    message: failure.message,
    ...(failure.hint === undefined ? {} : { hint: failure.hint }),
    ...(failure.remedy === undefined ? {} : { remedy: failure.remedy }),
  };
}
