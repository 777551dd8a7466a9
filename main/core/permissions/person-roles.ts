/**
 * A person's directory roles, by template id, and where they were read. Entra lists them in an
 * access token's `wids` claim only where the app's manifest asks for them
 * (`groupMembershipClaims` DirectoryRole or All: "Access token claims reference",
 * learn.microsoft.com/entra/identity-platform/access-token-claims-reference); otherwise Graph's
 * `/me/memberOf` lists the directoryRole objects with their `roleTemplateId` ("List a user's
 * direct memberships", learn.microsoft.com/graph/api/user-list-memberof). Used by the service
 * panels' effective view and by Set up app's sign-in.
 */
import { decodeJwt } from 'jose';
import type { RolesFrom } from '../../../preload/contract';

export interface HeldRoles {
  templateIds: string[];
  from: RolesFrom;
}

/** The token's `wids`, or undefined where it has none (an opaque token, or left out). */
export function widsOf(accessToken: string): string[] | undefined {
  try {
    const wids = decodeJwt(accessToken).wids;
    return Array.isArray(wids) ? wids.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The roles the token lists; where it lists none, what the directory says (`fromDirectory`,
 * Graph's `/me/memberOf`). When neither answers, the roles are unknown: not "no roles".
 */
export async function rolesOf(
  accessToken: string,
  fromDirectory: () => Promise<string[]>,
): Promise<HeldRoles> {
  const wids = widsOf(accessToken);
  if (wids) return { templateIds: wids, from: 'token' };
  try {
    return { templateIds: await fromDirectory(), from: 'directory' };
  } catch {
    return { templateIds: [], from: 'unknown' };
  }
}
