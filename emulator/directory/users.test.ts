/**
 * Who the sandbox lets grant Microsoft Graph's app roles, by directory role: "Grant tenant-wide
 * admin consent to an application" (learn.microsoft.com/entra/identity/enterprise-apps/
 * grant-admin-consent, Prerequisites).
 */
import { describe, expect, it } from 'vitest';
import { isAdministrator, mayGrantGraphAppRoles, type DirectoryRole, type User } from './users.js';

const holding = (roles: DirectoryRole[]): User => ({
  id: 'u',
  tenantId: 't',
  userPrincipalName: 'someone@contoso.example',
  displayName: 'Someone',
  givenName: 'Some',
  surname: 'One',
  jobTitle: null,
  password: 'x',
  roles,
});

describe('granting consent, by directory role', () => {
  it.each<[DirectoryRole[], boolean, boolean]>([
    [['Global Administrator'], true, true],
    [['Privileged Role Administrator'], true, true],
    [['Cloud Application Administrator'], true, false],
    [['Application Administrator'], true, false],
    [['Application Administrator', 'Privileged Role Administrator'], true, true],
    [['SharePoint Administrator'], false, false],
    [[], false, false],
  ])('%j: any other API’s app roles %s, Microsoft Graph’s %s', (roles, others, graph) => {
    expect(isAdministrator(holding(roles))).toBe(others);
    expect(mayGrantGraphAppRoles(holding(roles))).toBe(graph);
  });
});
