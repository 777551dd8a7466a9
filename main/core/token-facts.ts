/**
 * The non-secret facts about an access token that the panels show. The token itself stays
 * in main; only these values cross the bridge.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import { decodeJwt } from 'jose';

export interface TokenFacts {
  expiresAt?: string;
  /** Delegated scopes (`scp`) or app roles (`roles`) actually granted in the token. */
  granted: string[];
}

export function tokenFacts(result: AuthenticationResult): TokenFacts {
  const expiresAt = result.expiresOn ? result.expiresOn.toISOString() : undefined;
  try {
    const claims = decodeJwt(result.accessToken);
    const scp = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
    const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
    const granted = [...scp, ...roles];
    return { expiresAt, granted: granted.length > 0 ? granted : result.scopes };
  } catch {
    // Some resources issue opaque tokens; MSAL's echo of the granted scopes is the best we have.
    return { expiresAt, granted: result.scopes };
  }
}
