import { accessByName, requiredScopesFor } from './app-registrations.js';
import type { AppRegistration, RequiredResourceAccess } from './app-registrations.js';
import { microsoftServicePrincipalId } from './app-role-assignments.js';
import { azureServiceManagement, microsoftGraph } from './resource-apis.js';
import type { ResourceApi } from './resource-apis.js';
import { SEEDED_AT } from './stable-ids.js';
import type { Tenant } from './tenants.js';

/** Client ids of the Microsoft public clients admin tools bootstrap with, as in every tenant. */
export const firstPartyClientIds = {
  azureCli: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
  azurePowerShell: '1950a258-227b-4e31-a9cf-717495945fc2',
  graphCommandLineTools: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
} as const;

/**
 * The Graph permissions Azure CLI and Azure PowerShell are pre-authorized for that app setup
 * needs (create the app and its service principal, grant consent, read the directory).
 * Microsoft's real lists are longer; a scope outside them is AADSTS65002, as in Entra.
 */
const setupGraphScopes = [
  'User.Read',
  'User.Read.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
  'Application.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
];

function preAuthorizedAccess(): RequiredResourceAccess[] {
  return [
    accessByName(microsoftGraph, setupGraphScopes),
    accessByName(azureServiceManagement, ['user_impersonation']),
  ];
}

interface FirstPartyTemplate {
  appId: string;
  displayName: string;
  /**
   * Azure CLI and Azure PowerShell are pre-authorized (no consent prompt, ever). Graph
   * Command Line Tools is not: like in a real tenant, every scope it asks for needs consent
   * (an admin's for admin-only scopes), which its sign-in pages ask for.
   */
  preAuthorized: boolean;
}

const templates: readonly FirstPartyTemplate[] = [
  { appId: firstPartyClientIds.azureCli, displayName: 'Microsoft Azure CLI', preAuthorized: true },
  {
    appId: firstPartyClientIds.azurePowerShell,
    displayName: 'Microsoft Azure PowerShell',
    preAuthorized: true,
  },
  {
    appId: firstPartyClientIds.graphCommandLineTools,
    displayName: 'Microsoft Graph Command Line Tools',
    preAuthorized: false,
  },
];

function firstPartyClient(template: FirstPartyTemplate, tenant: Tenant): AppRegistration {
  return {
    // Their application objects live in Microsoft's tenant; this id is never served.
    id: microsoftServicePrincipalId('microsoft', template.appId),
    appId: template.appId,
    tenantId: tenant.id,
    displayName: template.displayName,
    createdDateTime: SEEDED_AT,
    signInAudience: 'AzureADMultipleOrgs',
    isFallbackPublicClient: true,
    requiredResourceAccess: template.preAuthorized ? preAuthorizedAccess() : [],
    redirectUris: [
      'http://localhost',
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    ],
    servicePrincipalId: microsoftServicePrincipalId(tenant.id, template.appId),
    servicePrincipalCreatedDateTime: SEEDED_AT,
    passwordCredentials: [],
    firstParty: { preAuthorized: template.preAuthorized },
  };
}

/** Adds the first-party clients a directory lacks; true if it changed. */
export function upgradeFirstPartyClients(apps: AppRegistration[], tenant: Tenant): boolean {
  let changed = false;
  for (const template of templates) {
    if (apps.some((a) => a.appId === template.appId)) continue;
    apps.push(firstPartyClient(template, tenant));
    changed = true;
  }
  return changed;
}

/** Scopes the client holds on a resource without any consent (pre-authorization). */
export function preAuthorizedScopes(app: AppRegistration, resource: ResourceApi): string[] {
  return app.firstParty?.preAuthorized ? requiredScopesFor(app, resource) : [];
}
