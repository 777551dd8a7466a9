import { createHash, randomBytes } from 'node:crypto';
import type { GrantStateFile } from '../store/grant-state-file.js';

/** A refresh token as persisted: only its hash, so the data dir holds no usable secrets. */
export interface RefreshTokenRecord {
  hash: string;
  userId: string;
  clientId: string;
  tenantId: string;
  issuedAt: string;
  expiresAt: string;
  /** Set when the user's sessions were revoked; the token then fails with AADSTS50173. */
  revokedAt?: string;
  /** Set by the control API to stand in for 90 days unused; the token then fails with AADSTS700082. */
  inactiveSince?: string;
}

/** Result of looking up a presented refresh token. */
export type RefreshTokenLookup =
  | { status: 'valid'; record: RefreshTokenRecord }
  | { status: 'unknown' }
  | { status: 'revoked'; record: RefreshTokenRecord; revokedAt: string }
  | { status: 'inactive'; record: RefreshTokenRecord };

/** Entra's default sliding lifetime for refresh tokens of public clients. */
const LIFETIME_MS = 90 * 86_400_000;

/**
 * Issues and validates opaque refresh tokens. Tokens rotate: each redemption yields a new
 * one, while older ones stay valid until they expire or the user is revoked, as in Entra.
 */
export class RefreshTokens {
  constructor(private readonly file: GrantStateFile) {}

  /** Issues a new refresh token for a user and client. */
  issue(userId: string, clientId: string, tenantId: string): string {
    const token = `1.AEMU${randomBytes(48).toString('base64url')}`;
    const now = Date.now();
    this.file.state.refreshTokens.push({
      hash: hashToken(token),
      userId,
      clientId: clientId.toLowerCase(),
      tenantId,
      issuedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + LIFETIME_MS).toISOString(),
    });
    this.file.save();
    return token;
  }

  /** Finds a refresh token; expired ones count as unknown, as they are pruned on save. */
  lookup(token: string): RefreshTokenLookup {
    const hash = hashToken(token);
    const record = this.file.state.refreshTokens.find((r) => r.hash === hash);
    if (!record || Date.parse(record.expiresAt) <= Date.now()) return { status: 'unknown' };
    if (record.revokedAt) return { status: 'revoked', record, revokedAt: record.revokedAt };
    if (record.inactiveSince) return { status: 'inactive', record };
    return { status: 'valid', record };
  }

  /** Revokes every refresh token issued to the user so far (like revokeSignInSessions). */
  revokeForUser(userId: string): void {
    // Marking records (not a "valid from" time) keeps tokens issued in the same millisecond
    // after the revocation valid.
    const revokedAt = new Date().toISOString();
    for (const record of this.file.state.refreshTokens) {
      if (record.userId === userId && !record.revokedAt) record.revokedAt = revokedAt;
    }
    this.file.save();
  }

  /** Marks the user's current refresh tokens as expired by inactivity (tokens issued later work). */
  expireForUser(userId: string): void {
    const now = new Date().toISOString();
    for (const record of this.file.state.refreshTokens) {
      if (record.userId === userId && !record.inactiveSince) record.inactiveSince = now;
    }
    this.file.save();
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
