/** Directory roles the emulator knows about (Entra built-in role display names). */
export type DirectoryRole =
  | 'Global Administrator'
  | 'Privileged Role Administrator'
  | 'Cloud Application Administrator'
  | 'Application Administrator'
  | 'SharePoint Administrator';

/** Role template ids, carried in access tokens' `wids` claim as Entra does. */
export const roleTemplateIds: Record<DirectoryRole, string> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'SharePoint Administrator': 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
};

/**
 * The template id Entra lists in every member's `wids` besides their admin roles: the default
 * "User" role, which is no directory role one is assigned (`/me/memberOf` does not list it).
 */
export const MEMBER_ROLE_TEMPLATE_ID = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

/**
 * Roles that may grant tenant-wide consent and manage app registrations, service principals
 * and their grants. Microsoft Graph's app roles (application permissions) are the exception:
 * see {@link mayGrantGraphAppRoles}.
 */
const appAdminRoles: readonly DirectoryRole[] = [
  'Global Administrator',
  'Privileged Role Administrator',
  'Cloud Application Administrator',
  'Application Administrator',
];

/**
 * "Grant tenant-wide admin consent to an application" (learn.microsoft.com/entra/identity/
 * enterprise-apps/grant-admin-consent, Prerequisites): Global and Privileged Role Administrators
 * may grant any permission of any API; Cloud Application and Application Administrators any
 * except Microsoft Graph app roles (application permissions).
 */
const graphAppRoleGrantors: readonly DirectoryRole[] = [
  'Global Administrator',
  'Privileged Role Administrator',
];

/** A sandbox user account. */
export interface User {
  id: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string | null;
  /** Sandbox-only plain password, published in the ready line on purpose. */
  password: string;
  roles: DirectoryRole[];
}

/** Finds a user by UPN (case-insensitive, as Entra treats sign-in names). */
export function findUserByUpn(users: readonly User[], upn: string): User | undefined {
  const wanted = upn.trim().toLowerCase();
  return users.find((u) => u.userPrincipalName.toLowerCase() === wanted);
}

/** Finds a user by object id. */
export function findUserById(users: readonly User[], id: string): User | undefined {
  return users.find((u) => u.id === id);
}

/**
 * Whether the user can grant consent for admin-only permissions, for the whole tenant, and
 * create or change app registrations ("Users can register applications" is off in the sandbox).
 */
export function isAdministrator(user: User): boolean {
  return hasAnyRole(user, appAdminRoles);
}

/** Whether the user holds any of the roles (what a resource checks after the token's scopes). */
export function hasAnyRole(user: User, roles: readonly DirectoryRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Whether the user may grant Microsoft Graph's app roles (application permissions). */
export function mayGrantGraphAppRoles(user: User): boolean {
  return hasAnyRole(user, graphAppRoleGrantors);
}
