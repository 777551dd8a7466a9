/**
 * The wording of the router's own refusals. Everything in them may come from untrusted input
 * (a command name, the keys zod reports as unrecognized), so each is built without calling
 * anything on that input and is capped: a 1 MB key or 100,000 extra keys give a short message.
 */
import type { z } from 'zod';

/** Longest message the router builds from input; the renderer shows it in one line. */
export const MAX_INPUT_MESSAGE_LENGTH = 1000;
const MAX_ISSUES = 5;
const MAX_PART_LENGTH = 200;

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Never `String(command)`: an object's toString, or a Proxy's traps, could throw. */
export function unknownCommandMessage(command: unknown): string {
  if (typeof command === 'string') return `Unknown command: ${clip(command, 100)}`;
  return `Unknown command: a command name is a string, not a ${typeof command}`;
}

export function invalidInputMessage(command: string, error: z.ZodError): string {
  const issues = error.issues;
  const parts = issues.slice(0, MAX_ISSUES).map((issue) => {
    // A path element may be a symbol, which `join` cannot convert; `String` can.
    const where = issue.path.map((key) => String(key)).join('.') || '(root)';
    return clip(`${where} ${issue.message}`, MAX_PART_LENGTH);
  });
  if (issues.length > MAX_ISSUES) parts.push(`and ${issues.length - MAX_ISSUES} more`);
  return clip(`Invalid input for ${command}: ${parts.join('; ')}`, MAX_INPUT_MESSAGE_LENGTH);
}

/** Reading the payload threw (a Proxy trap, a getter): it is not data the contract can take. */
export const unreadableInputMessage = (command: string) =>
  `Invalid input for ${command}: the payload could not be read (it is not plain data).`;
