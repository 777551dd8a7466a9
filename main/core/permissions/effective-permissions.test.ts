/** Issue 18: effective permissions are computed from the granted permissions and the roles. */
import { describe, expect, it } from 'vitest';
import { effectivePermissions } from './effective-permissions';

const ids = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'SharePoint Administrator': 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  // The default "User" role's template (learn.microsoft.com/graph/api/resources/authorizationpolicy,
  // guestUserRoleId): not an admin role, left out of the names.
  User: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
} as const;
type Role = keyof typeof ids;
const ownProfile = 'change your own photo, mobile phone and “about me” details';

const partsOf = (scope: string, roles: Role[]) => {
  const view = effectivePermissions({
    kind: 'delegated',
    scopes: [scope],
    appRoles: [],
    roleTemplateIds: roles.map((role) => ids[role]),
  });
  return Object.fromEntries(view.permissions[0]!.parts.map((p) => [p.action, p.allowed]));
};

describe('a delegated connection: the permission intersected with the person’s roles', () => {
  it.each<[string, Role[], Record<string, boolean>]>([
    [
      'Directory.ReadWrite.All',
      ['User'],
      { 'read the directory': true, [ownProfile]: true, 'change users': false },
    ],
    [
      'Directory.ReadWrite.All',
      ['User Administrator'],
      { 'read the directory': true, [ownProfile]: true, 'change users': true },
    ],
    // Members read every user's public properties, not every property (Default user permissions).
    ['User.Read.All', ['User'], { 'read every user’s profile (its public properties)': true }],
    // Any admin role with the service health permission, not only the three once listed.
    ['ServiceHealth.Read.All', ['User'], { 'read service health': false }],
    ['ServiceHealth.Read.All', ['SharePoint Administrator'], { 'read service health': true }],
    ['ServiceHealth.Read.All', ['User Administrator'], { 'read service health': true }],
    ['ServiceHealth.Read.All', ['Privileged Role Administrator'], { 'read service health': false }],
    // Members register apps and change the ones they own; others' apps need an app admin role.
    [
      'Application.ReadWrite.All',
      ['User'],
      {
        'read app registrations': true,
        'register apps and change the ones you own': true,
        'change app registrations (other than ones you own)': false,
      },
    ],
    ['ActivityFeed.Read', [], { 'read the audit log': false }],
    ['ActivityFeed.Read', ['Security Administrator'], { 'read the audit log': true }],
    ['ActivityFeed.Read', ['Global Administrator'], { 'read the audit log': true }],
    ['ActivityFeed.Read', ['SharePoint Administrator'], { 'read the audit log': false }],
    [
      'AllSites.FullControl',
      ['User'],
      {
        'fully control the sites you have access to': true,
        'open the SharePoint admin center': false,
      },
    ],
    // Global Reader reads the admin center too ("Microsoft Entra built-in roles", Global Reader).
    [
      'AllSites.FullControl',
      ['Global Reader'],
      {
        'fully control the sites you have access to': true,
        'open the SharePoint admin center': true,
      },
    ],
    [
      'AllSites.FullControl',
      ['SharePoint Administrator'],
      {
        'fully control the sites you have access to': true,
        'open the SharePoint admin center': true,
      },
    ],
    ['AllSites.Read', [], { 'read the sites you have access to': true }],
    ['User.Read', [], { 'sign in and read your own profile': true }],
  ])('%s with %j', (scope, roles, expected) => {
    expect(partsOf(scope, roles)).toEqual(expected);
  });

  it('says which role would allow what is not allowed, and names the roles held', () => {
    const view = effectivePermissions({
      kind: 'delegated',
      scopes: ['ActivityFeed.Read', 'AllSites.FullControl', 'Made.Up'],
      appRoles: [],
      roleTemplateIds: [ids['User Administrator']],
    });
    expect(view).toMatchObject({ kind: 'delegated', tenantWide: false });
    expect(view.directoryRoles).toEqual(['User Administrator']);
    expect(view.permissions[0]!.parts[0]!.needs).toBe(
      'the Global Administrator or Security Administrator role (or a role group with the Audit Logs or View-Only Audit Logs role)',
    );
    expect(view.permissions[1]!.parts[1]!.needs).toBe(
      'the SharePoint Administrator, Global Administrator or Global Reader role',
    );
    // A permission the table does not describe is listed, with nothing claimed for it.
    expect(view.permissions[2]).toEqual({ permission: 'Made.Up', parts: [] });
  });
});

describe('an app-only connection', () => {
  it('lists its application permissions, tenant-wide, whatever roles anyone holds', () => {
    const view = effectivePermissions({
      kind: 'app-only',
      scopes: [],
      appRoles: ['Sites.FullControl.All', 'ActivityFeed.Read'],
      roleTemplateIds: [],
    });
    expect(view).toMatchObject({ kind: 'app-only', tenantWide: true, directoryRoles: [] });
    expect(view.permissions.map((p) => [p.permission, p.parts.every((x) => x.allowed)])).toEqual([
      ['Sites.FullControl.All', true],
      ['ActivityFeed.Read', true],
    ]);
  });
});
