import { randomBytes, randomUUID } from 'node:crypto';
import type { AppRegistration, AppRoleGrant } from './app-registrations.js';
import { managementApis, microsoftGraph, sharePointOnline } from './resource-apis.js';
import type { Tenant } from './tenants.js';

/** Display name of the sandbox's confidential (daemon) app; also how it is found again. */
export const CONFIDENTIAL_APP_NAME = 'M365 Desk app-only (sandbox)';

/** Secrets are created with Entra's longest portal lifetime, 24 months. */
const SECRET_LIFETIME_MS = 730 * 86_400_000;

/**
 * Application permissions with admin consent. Azure Resource Manager has no app roles (access
 * is Azure RBAC) and Yammer has no application permissions at all, so neither is listed.
 */
function appRoleGrants(): AppRoleGrant[] {
  return [
    {
      resource: microsoftGraph.audience,
      roles: ['User.Read.All', 'Organization.Read.All', 'Sites.Read.All'],
    },
    { resource: sharePointOnline.audience, roles: ['Sites.FullControl.All'] },
    { resource: managementApis.audience, roles: ['ActivityFeed.Read'] },
  ];
}

/** A secret shaped like Entra's: 40 characters with the `~` its generator always includes. */
function newSecretValue(): string {
  const body = randomBytes(30).toString('base64url').replace(/[-_]/g, 'x');
  return `${body.slice(0, 3)}8Q~${body.slice(3, 37)}`;
}

/** Finds the confidential app, if the directory has one. */
export function findConfidentialApp(apps: readonly AppRegistration[]): AppRegistration | undefined {
  return apps.find((a) => a.displayName === CONFIDENTIAL_APP_NAME);
}

/**
 * Adds the confidential app to a directory that lacks it, or brings its permissions up to
 * date; ids and the secret are kept, since clients were configured with them. True if changed.
 */
export function upgradeConfidentialApp(apps: AppRegistration[], tenant: Tenant): boolean {
  const existing = findConfidentialApp(apps);
  if (!existing) {
    apps.push({
      appId: randomUUID(),
      tenantId: tenant.id,
      displayName: CONFIDENTIAL_APP_NAME,
      isFallbackPublicClient: false,
      requiredResourceAccess: [],
      servicePrincipalId: randomUUID(),
      appRoleGrants: appRoleGrants(),
      clientSecret: {
        value: newSecretValue(),
        endDateTime: new Date(Date.now() + SECRET_LIFETIME_MS).toISOString(),
      },
    });
    return true;
  }
  const grants = appRoleGrants();
  if (JSON.stringify(existing.appRoleGrants) === JSON.stringify(grants)) return false;
  existing.appRoleGrants = grants;
  return true;
}

/** Redirect URIs Entra suggests for a desktop public client, as registered on the sandbox app. */
export function publicClientRedirectUris(appId: string): string[] {
  return [
    'http://localhost',
    'https://login.microsoftonline.com/common/oauth2/nativeclient',
    `msal${appId}://auth`,
  ];
}
