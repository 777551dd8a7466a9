import { randomBytes, randomUUID } from 'node:crypto';
import { accessByName } from './app-registrations.js';
import type { AppRegistration, PasswordCredential } from './app-registrations.js';
import { assignAppRole, microsoftServicePrincipalId } from './app-role-assignments.js';
import type { AppRoleAssignment } from './app-role-assignments.js';
import { findAppRole, managementApis, microsoftGraph, sharePointOnline } from './resource-apis.js';
import type { ResourceApi } from './resource-apis.js';
import { SEEDED_AT } from './stable-ids.js';
import type { Tenant } from './tenants.js';

/** Display name of the sandbox's confidential (daemon) app; also how it is found again. */
export const CONFIDENTIAL_APP_NAME = 'M365 Desk app-only (sandbox)';

/** Secrets are created with Entra's longest portal lifetime, 24 months. */
const SECRET_LIFETIME_MS = 730 * 86_400_000;

/**
 * Application permissions with admin consent. Azure Resource Manager has no app roles (access
 * is Azure RBAC) and Yammer has no application permissions at all, so neither is listed.
 */
const seededAppRoles: readonly [ResourceApi, string[]][] = [
  [microsoftGraph, ['User.Read.All', 'Organization.Read.All', 'Sites.Read.All']],
  [sharePointOnline, ['Sites.FullControl.All']],
  [managementApis, ['ActivityFeed.Read']],
];

/** A secret shaped like Entra's: 40 characters with the `~` its generator always includes. */
export function newSecretValue(): string {
  const body = randomBytes(30).toString('base64url').replace(/[-_]/g, 'x');
  return `${body.slice(0, 3)}8Q~${body.slice(3, 37)}`;
}

/** A new client secret valid from now until `endDateTime` (default: 24 months). */
export function newPasswordCredential(
  displayName: string | null,
  endDateTime = new Date(Date.now() + SECRET_LIFETIME_MS).toISOString(),
): PasswordCredential {
  const value = newSecretValue();
  return {
    keyId: randomUUID(),
    displayName,
    hint: value.slice(0, 3),
    startDateTime: new Date().toISOString(),
    endDateTime,
    value,
  };
}

/** Finds the confidential app, if the directory has one. */
export function findConfidentialApp(apps: readonly AppRegistration[]): AppRegistration | undefined {
  return apps.find((a) => a.displayName === CONFIDENTIAL_APP_NAME);
}

/**
 * Adds the confidential app to a directory that lacks it (with its seeded app roles); ids and
 * the secret of an existing one are kept, since clients were configured with them. True if
 * anything changed.
 */
export function upgradeConfidentialApp(
  apps: AppRegistration[],
  assignments: AppRoleAssignment[],
  tenant: Tenant,
): boolean {
  if (findConfidentialApp(apps)) return false;
  const app: AppRegistration = {
    id: randomUUID(),
    appId: randomUUID(),
    tenantId: tenant.id,
    displayName: CONFIDENTIAL_APP_NAME,
    createdDateTime: SEEDED_AT,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: false,
    requiredResourceAccess: seededAppRoles.map(([api, roles]) => accessByName(api, [], roles)),
    redirectUris: [],
    servicePrincipalId: randomUUID(),
    servicePrincipalCreatedDateTime: SEEDED_AT,
    passwordCredentials: [newPasswordCredential('sandbox')],
  };
  apps.push(app);
  seedConfidentialAppRoles(app, assignments);
  return true;
}

/** Gives the confidential app's service principal the seeded app roles it lacks (admin consent). */
export function seedConfidentialAppRoles(
  app: AppRegistration,
  assignments: AppRoleAssignment[],
): void {
  const principalId = app.servicePrincipalId;
  if (!principalId) return;
  for (const [api, roles] of seededAppRoles) {
    const resourceId = microsoftServicePrincipalId(app.tenantId, api.appId);
    for (const role of roles) {
      const appRoleId = findAppRole(api, role)?.id;
      if (appRoleId) assignAppRole(assignments, principalId, resourceId, appRoleId);
    }
  }
}

/** Redirect URIs Entra suggests for a desktop public client, as registered on the sandbox app. */
export function publicClientRedirectUris(appId: string): string[] {
  return [
    'http://localhost',
    'https://login.microsoftonline.com/common/oauth2/nativeclient',
    `msal${appId}://auth`,
  ];
}
