import type { ResourceApi } from './resource-apis.js';

/** Delegated permissions an app registration asks for on one resource (`requiredResourceAccess`). */
export interface RequiredResourceAccess {
  /** Audience of the resource API, e.g. `https://graph.microsoft.com`. */
  resource: string;
  scopes: string[];
}

/** An application registration in the sandbox tenant. */
export interface AppRegistration {
  appId: string;
  tenantId: string;
  displayName: string;
  /** "Allow public client flows"; device code needs it (else AADSTS7000218). */
  isFallbackPublicClient: boolean;
  requiredResourceAccess: RequiredResourceAccess[];
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
