/**
 * Checks the name a person gives a connection. It is shown in every panel and menu on one
 * line, so it must have something visible in it, fit, and hold nothing that would break the
 * line or hide what it says: no control characters, and none of the invisible ones (zero-width
 * spaces, or the direction overrides that make text read other than it is written).
 */
import { firstControlCharacter } from '../control-characters';
import { ProblemError } from '../errors/to-problem';

/** The longest name, in characters as a person counts them (an emoji is one). */
export const MAX_CONNECTION_NAME_LENGTH = 60;

const EXAMPLE = 'For example “Contoso (work)”.';
const INVISIBLE = /[\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

const refuse = (message: string, hint: string) =>
  new ProblemError({ code: 'invalid_connection_name', message, hint });

/**
 * The name to keep: `name` without the spaces around it.
 *
 * @throws ProblemError `invalid_connection_name` saying what is wrong and what to type instead.
 */
export function checkConnectionName(name: string): string {
  const value = name.trim();
  if (!value) {
    throw refuse(
      name ? 'The name is only spaces or line breaks.' : 'Give the connection a name.',
      `Type a name you will recognise. ${EXAMPLE}`,
    );
  }
  const invisible = firstControlCharacter(value) ?? INVISIBLE.exec(value)?.[0];
  if (invisible) {
    const code = invisible.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw refuse(
      `The name contains a tab, a line break or another invisible character (U+${code}).`,
      `Type it again on one line, with letters, digits, spaces and punctuation. ${EXAMPLE}`,
    );
  }
  const length = [...value].length;
  if (length > MAX_CONNECTION_NAME_LENGTH) {
    throw refuse(
      `The name is ${length} characters long; up to ${MAX_CONNECTION_NAME_LENGTH} fit.`,
      `Shorten it by ${length - MAX_CONNECTION_NAME_LENGTH}. ${EXAMPLE}`,
    );
  }
  return value;
}
