import { randomBytes } from 'node:crypto';

/** What an authorization code stands for, fixed when the user finished the authorize pages. */
export interface AuthorizationCodeEntry {
  clientId: string;
  userId: string;
  /** Exactly as sent to `/authorize`; the token request must repeat it. */
  redirectUri: string;
  scope: string;
  /** S256 PKCE challenge (base64url SHA-256 of the verifier). */
  codeChallenge: string;
  nonce?: string;
  expiresAt: number;
  redeemed: boolean;
}

/** Entra's authorization codes live about 10 minutes. */
const CODE_LIFETIME_MS = 10 * 60_000;

/**
 * In-memory authorization codes: short-lived, single use. Like device codes they need not
 * survive a restart, since a code is redeemed seconds after it is issued.
 */
export class AuthorizationCodes {
  private readonly byCode = new Map<string, AuthorizationCodeEntry>();

  /** Issues a new code. */
  issue(entry: Omit<AuthorizationCodeEntry, 'expiresAt' | 'redeemed'>): string {
    const now = Date.now();
    for (const [code, old] of this.byCode) {
      // Keep redeemed codes until expiry so reuse is reported as such (AADSTS54005).
      if (old.expiresAt <= now) this.byCode.delete(code);
    }
    const code = `1.AEMUcode.${randomBytes(48).toString('base64url')}`;
    this.byCode.set(code, { ...entry, expiresAt: now + CODE_LIFETIME_MS, redeemed: false });
    return code;
  }

  /** Finds a code; expired ones are still returned so the caller can say "expired". */
  find(code: string): AuthorizationCodeEntry | undefined {
    return this.byCode.get(code);
  }
}
