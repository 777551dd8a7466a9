/** The sandbox tenant's people by the part they play in a spec, found by their Entra roles. */
import type { ReadyInfo } from '../../emulator/index';

export type SandboxAccount = ReadyInfo['users'][number];

export interface SandboxUsers {
  /** Has the Global Administrator role: may consent for the tenant and create apps. */
  globalAdmin: SandboxAccount;
  /** Has the SharePoint Administrator role only. */
  sharePointAdmin: SandboxAccount;
  /** No admin role at all. */
  plain: SandboxAccount;
}

export function sandboxUsers(info: ReadyInfo): SandboxUsers {
  const withRole = (role: string | null) => {
    const user = info.users.find((u) => (role ? u.roles.includes(role) : u.roles.length === 0));
    if (!user)
      throw new Error(`The sandbox has no user ${role ? `with ${role}` : 'without roles'}`);
    return user;
  };
  return {
    globalAdmin: withRole('Global Administrator'),
    sharePointAdmin: withRole('SharePoint Administrator'),
    plain: withRole(null),
  };
}
