/**
 * The role names a token's `wids` turn into, against the template ids "Microsoft Entra built-in
 * roles" documents (learn.microsoft.com/entra/identity/role-based-access-control/
 * permissions-reference, "All roles"), and who may grant tenant-wide consent ("Grant tenant-wide
 * admin consent to an application", "Prerequisites": Cloud Application and Application
 * Administrators may grant any permission of any API except Microsoft Graph app roles).
 */
import { describe, expect, it } from 'vitest';
import { directoryRoles } from './directory-roles';

describe('directory roles by template id', () => {
  it.each([
    ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator', true, true],
    ['e8611ab8-c189-46e8-94e1-60213ab1f814', 'Privileged Role Administrator', true, true],
    ['158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator', true, false],
    ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', true, false],
    ['f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'SharePoint Administrator', false, false],
    ['29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator', false, false],
    ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator', false, false],
    ['f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'Global Reader', false, false],
    ['194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator', false, false],
    ['88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'Directory Readers', false, false],
    ['f023fd81-a637-4b56-95fd-791ac0226033', 'Service Support Administrator', false, false],
  ])('%s is %s (tenant-wide consent: %s, Graph app roles: %s)', (id, name, consent, graph) => {
    expect(directoryRoles([id.toUpperCase()])).toEqual({
      roles: [name],
      canGrantAdminConsent: consent,
      canGrantGraphAppRoles: graph,
    });
  });

  it('leaves out the default User role and ids it does not know', () => {
    // The User role's template, as the authorizationPolicy resource's guestUserRoleId names it.
    expect(directoryRoles(['a0b1b346-4d3e-4e8b-98f8-753987be4970', 'not-a-role'])).toEqual({
      roles: [],
      canGrantAdminConsent: false,
      canGrantGraphAppRoles: false,
    });
  });

  it('an Application Administrator who is also Privileged Role Administrator may grant Graph’s app roles', () => {
    const both = ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'e8611ab8-c189-46e8-94e1-60213ab1f814'];
    expect(directoryRoles(both)).toMatchObject({ canGrantGraphAppRoles: true });
  });
});
