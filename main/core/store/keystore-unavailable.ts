/**
 * No encryption at all right now: no keystore, or one that is locked (a keyring locked after
 * start-up, or one that refuses). Unlike a weak keystore (`basic_text`, keystore-policy.ts),
 * nothing about the secrets already on disk is wrong: they stay as they are, unread, for the
 * keystore's return, and what this session signs in is kept in memory only.
 */
import type { Problem } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';

/** What a saved sign-in that cannot be read now says, on the panel that needs it. */
export const savedSignInLocked: Problem = {
  code: 'keystore_unavailable',
  message:
    'M365 Desk cannot read this saved sign-in now: the keystore that protects it is locked or not available.',
  hint: 'Nothing was deleted. Unlock the keystore (sign in to this computer again, or unlock its keyring) and restart M365 Desk, or sign in again for this session.',
};

/** Said once, when this session's sign-ins could not be saved. */
export const signInsKeptForSession: Problem = {
  code: 'keystore_unavailable',
  message:
    'Your sign-ins are kept for this session only: the keystore that protects them is locked or not available, so nothing was saved.',
  hint: 'Keep M365 Desk open to stay signed in. Nothing saved earlier was deleted or written unprotected; unlock the keystore and restart to keep new sign-ins.',
};

/**
 * Thrown by a cipher that cannot encrypt or decrypt now (safe-storage-cipher.ts), with what the
 * keystore said; the vault turns it into {@link savedSignInLocked} for the panel.
 */
export class KeystoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeystoreUnavailableError';
  }
}

/** What a read of a sealed secret throws while the keystore is unavailable. */
export const lockedSecret = () => new ProblemError(savedSignInLocked);
