import type {
  AppRegistration,
  KeyCredential,
  RequiredResourceAccess,
  SignInAudience,
} from '../../directory/app-registrations.js';
import { parseKeyCredentials } from './key-credentials.js';
import { badRequest } from './graph-route.js';

/** What a `POST` or `PATCH /applications` body may change. */
export interface ApplicationChanges {
  displayName?: string;
  signInAudience?: SignInAudience;
  isFallbackPublicClient?: boolean;
  redirectUris?: string[];
  webRedirectUris?: string[];
  spaRedirectUris?: string[];
  requiredResourceAccess?: RequiredResourceAccess[];
  keyCredentials?: KeyCredential[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const audiences: readonly SignInAudience[] = [
  'AzureADMyOrg',
  'AzureADMultipleOrgs',
  'AzureADandPersonalMicrosoftAccount',
  'PersonalMicrosoftAccount',
];
/** Graph application properties the emulator accepts but does not model. */
const ignored = new Set([
  '@odata.type',
  'description',
  'notes',
  'tags',
  'info',
  'identifierUris',
  'api',
  'appRoles',
  'optionalClaims',
  'groupMembershipClaims',
  'serviceManagementReference',
  'parentalControlSettings',
]);
const readOnly = new Set(['id', 'appId', 'createdDateTime', 'deletedDateTime', 'publisherDomain']);

const invalid = (property: string, resource = 'Application') =>
  badRequest(`Invalid value specified for property '${property}' of resource '${resource}'.`);

/**
 * Validates an application payload the way Graph does (unknown and read-only properties,
 * value types, GUIDs, redirect URIs) and returns the changes it asks for.
 */
export function parseApplicationChanges(
  body: Record<string, unknown>,
  existing?: AppRegistration,
): ApplicationChanges {
  const changes: ApplicationChanges = {};
  for (const [name, value] of Object.entries(body)) {
    if (ignored.has(name)) continue;
    if (readOnly.has(name)) throw badRequest(`Property '${name}' is read-only and cannot be set.`);
    if (name === 'displayName') {
      if (typeof value !== 'string' || !value.trim()) throw invalid(name);
      changes.displayName = value.trim();
    } else if (name === 'signInAudience') {
      if (!audiences.includes(value as SignInAudience)) throw invalid(name);
      changes.signInAudience = value as SignInAudience;
    } else if (name === 'isFallbackPublicClient') {
      if (typeof value !== 'boolean' && value !== null) throw invalid(name);
      changes.isFallbackPublicClient = value === true;
    } else if (name === 'publicClient') {
      changes.redirectUris = redirectUrisOf(value, 'PublicClientApplication');
    } else if (name === 'web') {
      changes.webRedirectUris = redirectUrisOf(value, 'WebApplication');
    } else if (name === 'spa') {
      changes.spaRedirectUris = redirectUrisOf(value, 'SpaApplication');
    } else if (name === 'requiredResourceAccess') {
      changes.requiredResourceAccess = requiredAccessOf(value);
    } else if (name === 'keyCredentials') {
      changes.keyCredentials = parseKeyCredentials(value, existing?.keyCredentials ?? []);
    } else {
      throw badRequest(
        `Property '${name}' does not exist on type 'microsoft.graph.application'. Make sure to only use property names that are defined by the type.`,
      );
    }
  }
  return changes;
}

function redirectUrisOf(value: unknown, resource: string): string[] | undefined {
  if (!isObject(value)) throw invalid('redirectUris', resource);
  if (!('redirectUris' in value)) return undefined;
  const uris = value.redirectUris;
  if (!Array.isArray(uris)) throw invalid('redirectUris', resource);
  return uris.map((uri) => {
    if (typeof uri !== 'string' || !URL.canParse(uri) || uri.length > 256)
      throw invalid('redirectUris', resource);
    return uri;
  });
}

function requiredAccessOf(value: unknown): RequiredResourceAccess[] {
  if (!Array.isArray(value)) throw invalid('requiredResourceAccess');
  return value.map((entry) => {
    if (!isObject(entry) || !isGuid(entry.resourceAppId) || !Array.isArray(entry.resourceAccess))
      throw invalid('requiredResourceAccess');
    return {
      resourceAppId: entry.resourceAppId.toLowerCase(),
      resourceAccess: entry.resourceAccess.map((access) => {
        if (!isObject(access) || !isGuid(access.id)) throw invalid('resourceAccess');
        if (access.type !== 'Scope' && access.type !== 'Role') throw invalid('resourceAccess');
        return { id: access.id.toLowerCase(), type: access.type };
      }),
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}
