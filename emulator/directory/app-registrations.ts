import { oidcScopeNames } from './oidc-scopes.js';
import type { ResourceApi } from './resource-apis.js';

/** One permission an app asks for: a delegated scope (`Scope`) or an app role (`Role`). */
export interface ResourceAccess {
  id: string;
  type: 'Scope' | 'Role';
}

/** What an app registration asks for on one resource, exactly as Graph's `requiredResourceAccess`. */
export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: ResourceAccess[];
}

/** A client secret (`passwordCredentials` entry); the sandbox keeps its value on purpose. */
export interface PasswordCredential {
  keyId: string;
  displayName: string | null;
  /** First three characters, as Graph shows them. */
  hint: string;
  startDateTime: string;
  endDateTime: string;
  value: string;
}

/** Graph's `signInAudience` values. */
export type SignInAudience =
  | 'AzureADMyOrg'
  | 'AzureADMultipleOrgs'
  | 'AzureADandPersonalMicrosoftAccount'
  | 'PersonalMicrosoftAccount';

/**
 * A Microsoft-published client (Azure CLI, ...): its application object lives in Microsoft's
 * tenant, so Graph lists only its service principal. `preAuthorized` clients hold their
 * permissions without anyone consenting, and cannot be consented to anything else.
 */
export interface FirstPartyMarker {
  preAuthorized: boolean;
}

/** An application registration in the sandbox tenant (or a first-party client used there). */
export interface AppRegistration {
  /** Object id (Graph `application.id`). */
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  createdDateTime: string;
  signInAudience: SignInAudience;
  /** "Allow public client flows"; device code needs it (else AADSTS7000218). */
  isFallbackPublicClient: boolean;
  requiredResourceAccess: RequiredResourceAccess[];
  /** `publicClient.redirectUris` ("Mobile and desktop"); `http://localhost` matches any port. */
  redirectUris: string[];
  /** `web.redirectUris`; accepted by the admin consent endpoint only. */
  webRedirectUris?: string[];
  /** `spa.redirectUris`; accepted by the admin consent endpoint only. */
  spaRedirectUris?: string[];
  /** Object id of the app's service principal: the `oid` of its app-only tokens. */
  servicePrincipalId?: string;
  /** When the service principal was created; replication delay counts from here too. */
  servicePrincipalCreatedDateTime?: string;
  passwordCredentials: PasswordCredential[];
  keyCredentials?: KeyCredential[];
  firstParty?: FirstPartyMarker;
}

/** A registered certificate (`keyCredentials` entry of type AsymmetricX509Cert). */
export interface KeyCredential {
  keyId: string;
  displayName: string | null;
  type: 'AsymmetricX509Cert';
  usage: 'Verify';
  /** Base64 DER of the certificate. */
  key: string;
  startDateTime: string;
  endDateTime: string;
  /** Base64 SHA-1 thumbprint, as Graph's `customKeyIdentifier`. */
  customKeyIdentifier: string;
}

/** Finds an app registration by its client id. */
export function findApp(
  apps: readonly AppRegistration[],
  appId: string,
): AppRegistration | undefined {
  const wanted = appId.trim().toLowerCase();
  return apps.find((a) => a.appId.toLowerCase() === wanted);
}

/** The entries of one type the app asks for on a resource, in the app's order. */
function accessOn<T extends { id: string }>(
  app: AppRegistration,
  resource: ResourceApi,
  type: ResourceAccess['type'],
  published: readonly T[],
): T[] {
  const entry = app.requiredResourceAccess.find(
    (r) => r.resourceAppId.toLowerCase() === resource.appId,
  );
  return (entry?.resourceAccess ?? [])
    .filter((a) => a.type === type)
    .map((a) => published.find((p) => p.id === a.id.toLowerCase()))
    .filter((p): p is T => p !== undefined);
}

/**
 * The delegated scopes an app is configured to need on a resource; what `.default` expands
 * to. Ids the resource does not publish, and the OpenID Connect scopes, are left out.
 */
export function requiredScopesFor(app: AppRegistration, resource: ResourceApi): string[] {
  return accessOn(app, resource, 'Scope', resource.scopes)
    .map((s) => s.value)
    .filter((value) => !oidcScopeNames.has(value));
}

/** The application permissions an app is configured to need on a resource. */
export function requiredAppRolesFor(app: AppRegistration, resource: ResourceApi): string[] {
  return accessOn(app, resource, 'Role', resource.appRoles).map((r) => r.value);
}

/** `requiredResourceAccess` entries for delegated scopes and app roles named by value. */
export function accessByName(
  resource: ResourceApi,
  scopes: readonly string[],
  roles: readonly string[] = [],
): RequiredResourceAccess {
  const ids = (values: readonly string[], entries: readonly { id: string; value: string }[]) =>
    values.map((value) => {
      const entry = entries.find((e) => e.value.toLowerCase() === value.toLowerCase());
      if (!entry) throw new Error(`${resource.displayName} has no permission '${value}'`);
      return entry.id;
    });
  return {
    resourceAppId: resource.appId,
    resourceAccess: [
      ...ids(scopes, resource.scopes).map((id) => ({ id, type: 'Scope' as const })),
      ...ids(roles, resource.appRoles).map((id) => ({ id, type: 'Role' as const })),
    ],
  };
}
