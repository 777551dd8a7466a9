/**
 * Checks a client secret before it is kept or sent. Entra's secrets are about 40 characters of
 * letters, digits and `~._-`: no spaces, no line breaks. Spaces or a line break around it (as a
 * copy from a table or a terminal brings) are trimmed; anything else that cannot be a secret is
 * refused with where to copy the real one from.
 */
import { firstControlCharacter } from '../control-characters';
import { ProblemError } from '../errors/to-problem';

/** Far more than any Entra secret; a longer text is something else pasted by mistake. */
export const MAX_CLIENT_SECRET_LENGTH = 1024;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COPY_VALUE =
  'Copy the secret’s Value from Certificates & secrets in the app registration (it is shown only once, when the secret is created).';

const refuse = (message: string, hint = COPY_VALUE) =>
  new ProblemError({ code: 'invalid_client_secret', message, hint });

/**
 * The secret to keep: `secret` without the spaces around it.
 *
 * @throws ProblemError `invalid_client_secret` saying what is wrong and where to copy it from.
 */
export function checkClientSecret(secret: string): string {
  const value = secret.trim();
  if (!value) return refuseEmpty(secret);
  if (value.length > MAX_CLIENT_SECRET_LENGTH) {
    throw refuse(
      `The client secret is ${value.length.toLocaleString('en-US')} characters long; an Entra client secret is about 40.`,
    );
  }
  if (/\s/.test(value) || firstControlCharacter(value)) {
    throw refuse(
      'The client secret contains a space, a line break or another invisible character.',
      `Paste the Value again on one line: a client secret has none of these. ${COPY_VALUE}`,
    );
  }
  if (GUID.test(value)) {
    throw refuse(
      'That is the secret’s ID (a GUID), not its value.',
      'Copy the Value column instead, beside the Secret ID in Certificates & secrets. If it is hidden, create a new secret.',
    );
  }
  return value;
}

function refuseEmpty(secret: string): never {
  throw refuse(
    secret ? 'The client secret is only spaces or line breaks.' : 'Enter the client secret.',
  );
}
