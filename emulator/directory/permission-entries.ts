import { stableGuid } from './stable-ids.js';

/** Who may grant a delegated permission: Entra's "Admin consent required" column. */
export type ConsentType = 'Admin' | 'User';

/** One delegated permission, shaped like an entry of a service principal's `oauth2PermissionScopes`. */
export interface DelegatedScope {
  id: string;
  /** Short name as it appears in `scp`, e.g. `User.Read`. */
  value: string;
  /** `Admin`: only an administrator can consent. */
  type: ConsentType;
  adminConsentDisplayName: string;
  adminConsentDescription: string;
  userConsentDisplayName: string;
  userConsentDescription: string;
}

/** One application permission, shaped like an entry of a service principal's `appRoles`. */
export interface AppRole {
  id: string;
  value: string;
  displayName: string;
  description: string;
}

/** Consent texts: the admin's, then the user's where they are worded differently. */
export type ConsentTexts = [
  adminName: string,
  adminDescription: string,
  userName?: string,
  userDescription?: string,
];

/**
 * A delegated permission entry. Ids are Microsoft's where they are well known; otherwise
 * they are derived from the resource and value, so they stay stable across restarts.
 */
export function delegated(
  resourceAppId: string,
  value: string,
  type: ConsentType,
  id: string | undefined,
  [adminName, adminDescription, userName, userDescription]: ConsentTexts,
): DelegatedScope {
  return {
    id: id ?? stableGuid('scope', resourceAppId, value),
    value,
    type,
    adminConsentDisplayName: adminName,
    adminConsentDescription: adminDescription,
    userConsentDisplayName: userName ?? adminName,
    userConsentDescription: userDescription ?? adminDescription,
  };
}

/** An application permission entry; ids as for {@link delegated}. */
export function appRole(
  resourceAppId: string,
  value: string,
  id: string | undefined,
  displayName: string,
  description: string,
): AppRole {
  return { id: id ?? stableGuid('appRole', resourceAppId, value), value, displayName, description };
}

/** The text a consent page shows a user for a scope. */
export function consentText(s: DelegatedScope): string {
  return s.userConsentDisplayName;
}
