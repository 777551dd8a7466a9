/**
 * Entra's built-in directory roles by template id (the same in every tenant, and what an access
 * token's `wids` claim lists), and which of them may grant tenant-wide consent. Every id and name
 * below is as "Microsoft Entra built-in roles" (learn.microsoft.com/entra/identity/
 * role-based-access-control/permissions-reference, "All roles", Template ID) lists it.
 */
const roleNames: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7': 'Cloud Application Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3': 'Application Administrator',
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c': 'SharePoint Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b': 'Directory Readers',
  'f023fd81-a637-4b56-95fd-791ac0226033': 'Service Support Administrator',
};

/**
 * Roles that may grant admin consent for the whole tenant: "Grant tenant-wide admin consent to an
 * application" (learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent,
 * "Prerequisites") names Privileged Role Administrator for any permission, and Cloud Application
 * Administrator and Application Administrator for any except Microsoft Graph app roles (application
 * permissions); Global Administrator "can manage all aspects of Microsoft Entra ID" (built-in roles).
 */
const CONSENT_ROLES = new Set([
  'Global Administrator',
  'Privileged Role Administrator',
  'Cloud Application Administrator',
  'Application Administrator',
]);

/** Of those, the ones that may grant Microsoft Graph's app roles (application permissions) too. */
const GRAPH_APP_ROLE_GRANTORS = new Set(['Global Administrator', 'Privileged Role Administrator']);

/** Who may grant Microsoft Graph's application permissions, in the words a person reads. */
export const GRAPH_APP_ROLE_GRANTOR_NAMES =
  'a Global Administrator or Privileged Role Administrator';

export interface DirectoryRoles {
  roles: string[];
  canGrantAdminConsent: boolean;
  canGrantGraphAppRoles: boolean;
}

/** Names the roles among `templateIds` (unknown ones, like the default "User" role, are left out). */
export function directoryRoles(templateIds: readonly string[]): DirectoryRoles {
  const roles = [...new Set(templateIds.flatMap((id) => roleNames[id.toLowerCase()] ?? []))].sort();
  return {
    roles,
    canGrantAdminConsent: roles.some((role) => CONSENT_ROLES.has(role)),
    canGrantGraphAppRoles: roles.some((role) => GRAPH_APP_ROLE_GRANTORS.has(role)),
  };
}
