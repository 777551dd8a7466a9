/** Directory roles the emulator knows about (Entra built-in role display names). */
export type DirectoryRole = 'Global Administrator' | 'SharePoint Administrator';

/** Role template ids, carried in access tokens' `wids` claim as Entra does. */
export const roleTemplateIds: Record<DirectoryRole, string> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'SharePoint Administrator': 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
};

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

/** Whether the user can grant consent for admin-only permissions. */
export function isAdministrator(user: User): boolean {
  return user.roles.includes('Global Administrator');
}

/** Whether the user holds any of the roles (what a resource checks after the token's scopes). */
export function hasAnyRole(user: User, roles: readonly DirectoryRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
