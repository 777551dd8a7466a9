/**
 * Routes bridge commands to handlers: one handler per command, every payload parsed against
 * the contract before a handler sees it, every answer a {@link Result}, and every output
 * parsed again so a field the contract does not name (a token, say) can never slip out.
 *
 * `dispatch` never throws and never rejects, whatever it is given: a payload is untrusted data
 * and may be a Proxy whose traps throw, an object with a throwing getter, or megabytes of keys.
 */
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandOutput,
  type Result,
} from '../../../preload/contract';
import type { z } from 'zod';
import { toProblem } from '../errors/to-problem';
import { fail, ok } from '../result';
import {
  invalidInputMessage,
  unknownCommandMessage,
  unreadableInputMessage,
} from './input-problems';

type ParsedInput<C extends CommandName> = z.output<(typeof commands)[C]['input']>;
export type CommandHandler<C extends CommandName> = (
  input: ParsedInput<C>,
) => Promise<CommandOutput<C>>;

export class CommandRouter {
  private readonly handlers = new Map<CommandName, (input: unknown) => Promise<unknown>>();

  handle<C extends CommandName>(command: C, handler: CommandHandler<C>): void {
    if (this.handlers.has(command))
      throw new Error(`A handler for ${command} is already registered`);
    this.handlers.set(command, handler as (input: unknown) => Promise<unknown>);
  }

  /** Commands without a handler: a wiring mistake that tests should catch. */
  unhandled(): CommandName[] {
    return (Object.keys(commands) as CommandName[]).filter((c) => !this.handlers.has(c));
  }

  async dispatch(command: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isCommandName(command)) {
      return fail({ code: 'unknown_command', message: unknownCommandMessage(command) });
    }
    const handler = this.handlers.get(command);
    if (!handler) return fail({ code: 'not_implemented', message: `No handler for ${command}` });
    // Parsing sits in the same try as the handler: reading a hostile payload can throw too.
    let parsed = false;
    try {
      const input = commands[command].input.safeParse(payload ?? {});
      if (!input.success) {
        return fail({ code: 'invalid_input', message: invalidInputMessage(command, input.error) });
      }
      parsed = true;
      const output = await handler(input.data);
      return ok(commands[command].output.parse(output));
    } catch (error) {
      if (!parsed) return fail({ code: 'invalid_input', message: unreadableInputMessage(command) });
      return fail(problemOf(error));
    }
  }
}

/** {@link toProblem} reads the error's fields; an error that throws on reading still answers. */
function problemOf(error: unknown) {
  try {
    return toProblem(error);
  } catch {
    return { code: 'unexpected_error', message: 'Something went wrong.' };
  }
}
