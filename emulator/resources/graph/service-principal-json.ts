import type { ServicePrincipal } from '../../directory/service-principals.js';
import type { Tenant } from '../../directory/tenants.js';

/** Microsoft's own tenant: the `appOwnerOrganizationId` of first-party apps and resources. */
const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

/** What differs between a Microsoft resource's service principal and an application's. */
function specifics(sp: ServicePrincipal, tenant: Tenant) {
  if (sp.kind === 'resource') {
    const { api } = sp;
    return {
      displayName: api.displayName,
      ownerTenant: MICROSOFT_TENANT_ID,
      publisherName: 'Microsoft Services',
      signInAudience: 'AzureADMultipleOrgs',
      identifierUris: [...api.audiences],
      oauth2PermissionScopes: api.scopes.map((s) => ({
        adminConsentDescription: s.adminConsentDescription,
        adminConsentDisplayName: s.adminConsentDisplayName,
        id: s.id,
        isEnabled: true,
        type: s.type,
        userConsentDescription: s.userConsentDescription,
        userConsentDisplayName: s.userConsentDisplayName,
        value: s.value,
      })),
      appRoles: api.appRoles.map((r) => ({
        allowedMemberTypes: ['Application'],
        description: r.description,
        displayName: r.displayName,
        id: r.id,
        isEnabled: true,
        origin: 'Application',
        value: r.value,
      })),
    };
  }
  const { app } = sp;
  return {
    displayName: app.displayName,
    ownerTenant: app.firstParty ? MICROSOFT_TENANT_ID : tenant.id,
    publisherName: app.firstParty ? 'Microsoft Services' : tenant.displayName,
    signInAudience: app.signInAudience,
    identifierUris: [],
    oauth2PermissionScopes: [],
    appRoles: [],
  };
}

/** A service principal in Graph v1.0's `servicePrincipal` shape. */
export function servicePrincipalJson(sp: ServicePrincipal, tenant: Tenant) {
  const s = specifics(sp, tenant);
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: s.displayName,
    appDescription: null,
    appId: sp.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: s.ownerTenant,
    appRoleAssignmentRequired: false,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: s.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: sp.kind === 'application' ? [...sp.app.redirectUris] : [],
    servicePrincipalNames: [sp.appId, ...s.identifierUris],
    servicePrincipalType: 'Application',
    signInAudience: s.signInAudience,
    tags: [],
    tokenEncryptionKeyId: null,
    info: null,
    addIns: [],
    appRoles: s.appRoles,
    keyCredentials: [],
    oauth2PermissionScopes: s.oauth2PermissionScopes,
    passwordCredentials: [],
    publisherName: s.publisherName,
  };
}
