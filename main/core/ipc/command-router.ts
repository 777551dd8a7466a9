/**
 * Routes bridge commands to handlers: one handler per command, every payload parsed against
 * the contract before a handler sees it, every answer a {@link Result}, and every output
 * parsed again so a field the contract does not name (a token, say) can never slip out.
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
      return fail({ code: 'unknown_command', message: `Unknown command: ${String(command)}` });
    }
    const handler = this.handlers.get(command);
    if (!handler) return fail({ code: 'not_implemented', message: `No handler for ${command}` });
    const input = commands[command].input.safeParse(payload ?? {});
    if (!input.success) {
      return fail({
        code: 'invalid_input',
        message: `Invalid input for ${command}: ${input.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
      });
    }
    try {
      const output = await handler(input.data);
      return ok(commands[command].output.parse(output));
    } catch (error) {
      return fail(toProblem(error));
    }
  }
}
