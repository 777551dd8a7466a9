/**
 * Builds `window.desk` from a transport. The Electron preload passes an `ipcRenderer`
 * transport; the chromium-bridge test host passes one made of Playwright bindings. Both get
 * exactly the same object, so the renderer cannot tell them apart.
 */
import type {
  CommandInput,
  CommandName,
  CommandOutput,
  EventName,
  EventPayload,
  Result,
} from './contract';
import { isCommandName, isEventName } from './contract/names';
import { askFirstScreenReads } from './first-screen-reads';

/** The two primitives a host must provide. Neither exposes the raw IPC object. */
export interface BridgeTransport {
  invoke(command: CommandName, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface DeskApi {
  invoke<C extends CommandName>(
    command: C,
    input: CommandInput<C>,
  ): Promise<Result<CommandOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createDeskApi(transport: BridgeTransport): DeskApi {
  const early = askFirstScreenReads(transport);
  return Object.freeze({
    async invoke<C extends CommandName>(
      command: C,
      input: CommandInput<C>,
    ): Promise<Result<CommandOutput<C>>> {
      if (!isCommandName(command)) {
        return {
          ok: false,
          code: 'unknown_command',
          message: `Unknown command: ${String(command)}`,
        };
      }
      const answer = early.take(command, input) ?? transport.invoke(command, input);
      return (await answer) as Result<CommandOutput<C>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
      return transport.subscribe(event, (payload) => listener(payload as EventPayload<E>));
    },
  });
}
