/**
 * Which directory roles unlock which parts of each delegated permission the app asks for (the
 * service panels' and the app setup catalog's). A delegated permission never reaches past what the
 * signed-in person may do themselves; an application permission is the full level it names,
 * tenant-wide ("Overview of Microsoft Graph permissions", learn.microsoft.com/graph/
 * permissions-overview, "Delegated permissions" and "Application permissions").
 *
 * `roles: 'member'` is a part every member of the tenant has by default ("What are the default
 * user permissions in Microsoft Entra ID?", learn.microsoft.com/entra/fundamentals/
 * users-default-permissions, "Compare member and guest default permissions"); otherwise the Entra
 * built-in roles that allow it, named as "Microsoft Entra built-in roles" (learn.microsoft.com/
 * entra/identity/role-based-access-control/permissions-reference, "All roles") names them.
 * `checkedBy` marks the part a service's probe exercises. Each row's source, and what the stored
 * documentation did not show, is in permission-roles-sources.md beside this file.
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
 * Reading the audit log. "Roles and role groups in Microsoft Defender for Office 365 and Microsoft
 * Purview compliance" (learn.microsoft.com/microsoft-365/security/office-365-security/
 * scc-permissions), "Roles in …": the Audit Logs role belongs to the Organization Management and
 * Security Administrator role groups; the Security Administrator group inherits the Entra role's
 * members, and Global Administrators are added to Organization Management automatically ("Set up
 * Microsoft Purview Audit (Standard)", learn.microsoft.com/microsoft-365/compliance/
 * audit-standard-setup, "Step 2: Assign permissions to search the audit log").
 * The Management Activity API returns the same records as the audit log search ("Office 365
 * Management Activity API FAQ"); its own pages name no roles.
 */
export const auditLogPart: PermissionPart = {
  action: 'read the audit log',
  roles: ['Global Administrator', 'Security Administrator'],
  alsoBy: 'a role group with the Audit Logs or View-Only Audit Logs role',
  checkedBy: 'managementApi',
};

/**
 * The SharePoint admin center: SharePoint Administrators use it and Global Administrators have all
 * their permissions ("About the SharePoint admin role", learn.microsoft.com/sharepoint/
 * sharepoint-admin-role); Global Reader reads it ("Microsoft Entra built-in roles", "Global
 * Reader": works with the SharePoint admin center, read access to its read APIs). Admin roles
 * alone give no access to a site's content (the same SharePoint page).
 */
export const adminCenterPart: PermissionPart = {
  action: 'open the SharePoint admin center',
  roles: ['SharePoint Administrator', 'Global Administrator', 'Global Reader'],
  checkedBy: 'sharepoint',
};

/**
 * Site permissions on behalf of a person reach the sites that person may open: Graph's Sites.*
 * ("Microsoft Graph permissions reference", "Sites permissions": "on behalf of the signed-in
 * user"); SharePoint's own delegated scopes take "the minimal intersection of application and user
 * permissions" ("SharePoint now supports delegated Sites.Selected authentication", Microsoft 365
 * Developer Blog). SharePoint's AllSites.* and Sites.Search.All pages were not found in the stored
 * documentation.
 */
const sitesYouMayOpen = (verb: string, checked?: ServiceId): PermissionPart => ({
  action: `${verb} the sites you have access to`,
  roles: 'member',
  ...(checked ? { checkedBy: checked } : {}),
});

/**
 * Members read all directory information, with a few exceptions, and manage only their own photo,
 * mobile phone and password ("Default user permissions", "Member and guest users"); User.ReadWrite
 * and up let a person change their own aboutMe, mobilePhone, photo and similar fields ("Microsoft
 * Graph permissions reference", "User permissions", remarks). Changing other users: User
 * Administrator ("Microsoft Entra built-in roles", "User Administrator": "Update most user
 * properties for all users, including all administrators").
 */
const readDirectory: PermissionPart = {
  action: 'read the directory',
  roles: 'member',
  checkedBy: 'entra',
};
const ownProfile: PermissionPart = {
  action: 'change your own photo, mobile phone and “about me” details',
  roles: 'member',
};
const changeUsers: PermissionPart = {
  action: 'change users',
  roles: ['User Administrator', 'Global Administrator'],
};

/**
 * App registrations: members list and read them, register new ones and manage the ones they own
 * ("Default user permissions", "Applications"; the tenant's "Register applications" setting can
 * turn registering off). Other apps: Application Administrator and Cloud Application
 * Administrator, "create and manage all aspects of app registrations" ("Microsoft Entra built-in
 * roles", "All roles").
 */
const readApps: PermissionPart = { action: 'read app registrations', roles: 'member' };
const ownApps: PermissionPart = {
  action: 'register apps and change the ones you own',
  roles: 'member',
};
const changeApps: PermissionPart = {
  action: 'change app registrations (other than ones you own)',
  roles: ['Application Administrator', 'Cloud Application Administrator', 'Global Administrator'],
};

/**
 * Service health on behalf of a person needs "at least one of the admin roles" ("Working with
 * service communications API in Microsoft Graph", learn.microsoft.com/graph/api/resources/
 * service-communications-api-overview, "Role-based access control for delegation access"): here
 * the roles of directory-roles.ts whose "Microsoft Entra built-in roles" entry carries
 * microsoft.office365.serviceHealth/allEntities/allTasks (Privileged Role Administrator and
 * Directory Readers do not).
 */
const serviceHealthRoles = [
  'Global Administrator',
  'Global Reader',
  'Service Support Administrator',
  'Exchange Administrator',
  'SharePoint Administrator',
  'User Administrator',
  'Security Administrator',
  'Application Administrator',
  'Cloud Application Administrator',
] as const;

/**
 * Per delegated permission (short form, as the `scp` claim carries it). Graph's descriptions:
 * "Microsoft Graph permissions reference" (learn.microsoft.com/graph/permissions-reference), the
 * section of each permission's family; `ActivityFeed.Read`: the audit roles above.
 */
export const delegatedParts: Readonly<Record<string, readonly PermissionPart[]>> = {
  // "User permissions": sign in and read the signed-in user's own profile.
  'User.Read': [
    { action: 'sign in and read your own profile', roles: 'member', checkedBy: 'graph' },
  ],
  // "User permissions": a basic set of other users' properties, on behalf of the signed-in user.
  'User.ReadBasic.All': [{ action: 'read the basic profile of every user', roles: 'member' }],
  // The full profile is what the app may ask for; a member reads "all public properties of users"
  // ("Default user permissions"); guests cannot list users ("List users", Permissions).
  'User.Read.All': [
    { action: 'read every user’s profile (its public properties)', roles: 'member' },
  ],
  // "Directory permissions": read directory data; members read it by default.
  'Directory.Read.All': [readDirectory],
  // "Directory permissions", remarks: create and update users, no deletes or password resets.
  'Directory.ReadWrite.All': [readDirectory, ownProfile, changeUsers],
  // "Directory permissions": "the same access to information in the directory as the signed-in user".
  'Directory.AccessAsUser.All': [readDirectory, ownProfile, changeUsers],
  // "Get organization" (learn.microsoft.com/graph/api/organization-get), Permissions: its roles
  // include the default User role; members "Read all company information" by default.
  'Organization.Read.All': [{ action: 'read the organization’s profile', roles: 'member' }],
  'ServiceHealth.Read.All': [{ action: 'read service health', roles: serviceHealthRoles }],
  'Application.Read.All': [readApps],
  'Application.ReadWrite.All': [readApps, ownApps, changeApps],
  // "Sites permissions": documents and list items in all site collections, as the person.
  'Sites.Read.All': [sitesYouMayOpen('read')],
  // Not found in the stored documentation; from SharePoint's API permission list ("Run search
  // queries as a user") as last read.
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
