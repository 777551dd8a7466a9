/** Directory roles the emulator knows about (Entra built-in role display names). */
export type DirectoryRole = 'Global Administrator';

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
