import type { ResourceApi } from './resource-apis.js';

/** Delegated permissions an app registration asks for on one resource (`requiredResourceAccess`). */
export interface RequiredResourceAccess {
  /** Audience of the resource API, e.g. `https://graph.microsoft.com`. */
  resource: string;
  scopes: string[];
}

/** Application permissions (app roles) an admin granted the app on one resource. */
export interface AppRoleGrant {
  /** Audience of the resource API. */
  resource: string;
  roles: string[];
}

/** A client secret (`passwordCredentials` entry); the sandbox publishes its value on purpose. */
export interface ClientSecret {
  value: string;
  endDateTime: string;
}

/** An application registration in the sandbox tenant. */
export interface AppRegistration {
  appId: string;
  tenantId: string;
  displayName: string;
  /** "Allow public client flows"; device code needs it (else AADSTS7000218). */
  isFallbackPublicClient: boolean;
  requiredResourceAccess: RequiredResourceAccess[];
  /** "Mobile and desktop applications" redirect URIs; `http://localhost` matches any port. */
  redirectUris?: string[];
  /** Object id of the app's service principal: the `oid` of its app-only tokens. */
  servicePrincipalId?: string;
  /** Admin-consented application permissions (confidential apps). */
  appRoleGrants?: AppRoleGrant[];
  clientSecret?: ClientSecret;
}

/** Finds an app registration by its client id. */
export function findApp(
  apps: readonly AppRegistration[],
  appId: string,
): AppRegistration | undefined {
  const wanted = appId.trim().toLowerCase();
  return apps.find((a) => a.appId.toLowerCase() === wanted);
}

/** The scopes an app is configured to need on a resource; what `.default` expands to. */
export function requiredScopesFor(app: AppRegistration, resource: ResourceApi): string[] {
  const entry = app.requiredResourceAccess.find(
    (r) => r.resource.toLowerCase() === resource.audience.toLowerCase(),
  );
  return entry ? [...entry.scopes] : [];
}

/** The app roles an app holds on a resource; what its app-only token's `roles` carry. */
export function grantedAppRoles(app: AppRegistration, resource: ResourceApi): string[] {
  const entry = app.appRoleGrants?.find(
    (g) => g.resource.toLowerCase() === resource.audience.toLowerCase(),
  );
  return entry ? [...entry.roles] : [];
}
