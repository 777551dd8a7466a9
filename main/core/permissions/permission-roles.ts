/**
 * Which directory roles unlock which parts of each delegated permission the app asks for (the
 * service panels' and the app setup catalog's). A delegated permission is the intersection of
 * what the app was granted and what the signed-in person may do themselves ("Overview of
 * Microsoft Graph permissions", learn.microsoft.com/graph/permissions-overview, "Delegated
 * permissions"); an application permission is the full level it names, tenant-wide.
 *
 * `roles: 'member'` is a part every member of the tenant has by default; otherwise the Entra
 * built-in roles (names as "Microsoft Entra built-in roles",
 * learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference, lists
 * them) that allow it. `checkedBy` marks the part a service's probe exercises.
 */
import type { ServiceId } from '../../../preload/contract';

export interface PermissionPart {
  action: string;
  roles: 'member' | readonly string[];
  /** Portal role groups that also allow it but are not directory roles (not in `wids`). */
  alsoBy?: string;
  checkedBy?: ServiceId;
}

/**
 * Reading the audit log. "Roles and role groups in Microsoft Defender for Office 365 and
 * Microsoft Purview" (learn.microsoft.com/defender-office-365/scc-permissions) gives the Audit
 * Logs role to the Audit Manager, Organization Management and Security Administrator role groups
 * and View-Only Audit Logs to Audit Reader; Global Administrators may use the portal's roles too.
 * "Set up Microsoft Purview Audit (Standard)" (learn.microsoft.com/purview/audit-standard-setup,
 * step 2) says the same from the audit side.
 */
export const auditLogPart: PermissionPart = {
  action: 'read the audit log',
  roles: ['Global Administrator', 'Security Administrator'],
  alsoBy: 'the Audit Reader role group in Microsoft Purview',
  checkedBy: 'managementApi',
};

/**
 * The SharePoint admin center: "About the SharePoint Administrator role"
 * (learn.microsoft.com/sharepoint/sharepoint-admin-role): SharePoint Administrators and Global
 * Administrators use it; site access itself comes from the site, which admin roles alone do not
 * give.
 */
export const adminCenterPart: PermissionPart = {
  action: 'open the SharePoint admin center',
  roles: ['SharePoint Administrator', 'Global Administrator'],
  checkedBy: 'sharepoint',
};

const sitesYouMayOpen = (verb: string, checked?: ServiceId): PermissionPart => ({
  action: `${verb} the sites you have access to`,
  roles: 'member',
  ...(checked ? { checkedBy: checked } : {}),
});

/**
 * Members read the directory and change only their own profile by default ("Default user
 * permissions", learn.microsoft.com/entra/fundamentals/users-default-permissions). Changing other
 * users is User Administrator's ("Microsoft Entra built-in roles": User Administrator, "Can manage
 * all aspects of users and groups").
 */
const readDirectory: PermissionPart = {
  action: 'read the directory',
  roles: 'member',
  checkedBy: 'entra',
};
const ownProfile: PermissionPart = { action: 'change your own profile', roles: 'member' };
const changeUsers: PermissionPart = {
  action: 'change users',
  roles: ['User Administrator', 'Global Administrator'],
};

/**
 * App registrations: every member reads them ("Default user permissions"); changing them is the
 * Application Administrator's and Cloud Application Administrator's ("Microsoft Entra built-in
 * roles"), besides an app's own owners.
 */
const changeApps: PermissionPart = {
  action: 'change app registrations (other than ones you own)',
  roles: ['Application Administrator', 'Cloud Application Administrator', 'Global Administrator'],
};

/**
 * Per delegated permission (short form, as the `scp` claim carries it). Graph's descriptions:
 * "Microsoft Graph permissions reference" (learn.microsoft.com/graph/permissions-reference);
 * SharePoint's `AllSites.*`: "SharePoint delegated permissions", the same reference's SharePoint
 * section and the SharePoint admin role page above; `ActivityFeed.Read`: "Get started with
 * Office 365 Management APIs" (learn.microsoft.com/office/office-365-management-api/
 * get-started-with-office-365-management-apis) with the audit roles above.
 */
export const delegatedParts: Readonly<Record<string, readonly PermissionPart[]>> = {
  'User.Read': [
    { action: 'sign in and read your own profile', roles: 'member', checkedBy: 'graph' },
  ],
  'User.ReadBasic.All': [{ action: 'read the basic profile of every user', roles: 'member' }],
  'User.Read.All': [{ action: 'read every user’s full profile', roles: 'member' }],
  'Directory.Read.All': [readDirectory],
  'Directory.ReadWrite.All': [readDirectory, ownProfile, changeUsers],
  'Directory.AccessAsUser.All': [readDirectory, ownProfile, changeUsers],
  'Organization.Read.All': [{ action: 'read the organization’s profile', roles: 'member' }],
  // "serviceAnnouncement: list healthOverviews" (learn.microsoft.com/graph/api/
  // serviceannouncement-list-healthoverviews), Permissions: the person needs a supported role.
  'ServiceHealth.Read.All': [
    {
      action: 'read service health',
      roles: ['Global Reader', 'Service Support Administrator', 'Global Administrator'],
    },
  ],
  'Application.Read.All': [{ action: 'read app registrations', roles: 'member' }],
  'Application.ReadWrite.All': [{ action: 'read app registrations', roles: 'member' }, changeApps],
  'Sites.Read.All': [sitesYouMayOpen('read')],
  'Sites.Search.All': [sitesYouMayOpen('search')],
  'AllSites.Read': [sitesYouMayOpen('read', 'sharepoint')],
  'AllSites.FullControl': [sitesYouMayOpen('fully control'), adminCenterPart],
  'ActivityFeed.Read': [auditLogPart],
};

const or = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** "the SharePoint Administrator or Global Administrator role (or …)", as a refusal says it. */
export function rolesInWords(part: PermissionPart): string {
  if (part.roles === 'member') return 'membership of the tenant';
  const also = part.alsoBy ? ` (or ${part.alsoBy})` : '';
  return `the ${or(part.roles)} role${also}`;
}
