import { randomUUID } from 'node:crypto';
import { accessByName } from './app-registrations.js';
import type { AppRegistration, RequiredResourceAccess } from './app-registrations.js';
import { assignAppRole, microsoftServicePrincipalId } from './app-role-assignments.js';
import type { AppRoleAssignment } from './app-role-assignments.js';
import { findAppRole, findDelegatedScope, findResourceApi } from './resource-apis.js';
import { SEEDED_AT, stableGuid } from './stable-ids.js';

/** Permissions by audience and name, as directories before Graph-shaped apps stored them. */
interface LegacyAccess {
  resource: string;
  scopes: string[];
}

/** An app record as any earlier emulator may have written it. */
export type StoredApp = Partial<Omit<AppRegistration, 'requiredResourceAccess'>> & {
  appId: string;
  tenantId: string;
  displayName: string;
  requiredResourceAccess?: (RequiredResourceAccess | LegacyAccess)[];
  appRoleGrants?: { resource: string; roles: string[] }[];
  clientSecret?: { value: string; endDateTime: string };
};

/**
 * Brings an app record written by an earlier emulator to the current shape, keeping its ids
 * and secret; app role grants move to `assignments`. Returns the record and whether it changed.
 */
export function upgradeStoredApp(
  stored: StoredApp,
  assignments: AppRoleAssignment[],
): { app: AppRegistration; changed: boolean } {
  const { appRoleGrants, clientSecret, requiredResourceAccess = [], ...rest } = stored;
  const app: AppRegistration = {
    id: stableGuid('application', stored.tenantId, stored.appId),
    createdDateTime: SEEDED_AT,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: false,
    redirectUris: [],
    passwordCredentials: [],
    ...rest,
    requiredResourceAccess: requiredResourceAccess.map(toGraphShape),
  };
  if (clientSecret) {
    app.passwordCredentials.push({
      keyId: stableGuid('secret', app.appId),
      displayName: 'sandbox',
      hint: clientSecret.value.slice(0, 3),
      startDateTime: SEEDED_AT,
      endDateTime: clientSecret.endDateTime,
      value: clientSecret.value,
    });
  }
  if (appRoleGrants?.length) {
    app.servicePrincipalId ??= randomUUID();
    for (const grant of appRoleGrants) {
      const api = findResourceApi(grant.resource);
      if (!api) continue;
      const resourceId = microsoftServicePrincipalId(app.tenantId, api.appId);
      for (const role of grant.roles) {
        const id = findAppRole(api, role)?.id;
        if (id) assignAppRole(assignments, app.servicePrincipalId, resourceId, id);
      }
    }
  }
  const changed =
    Boolean(appRoleGrants ?? clientSecret) ||
    requiredResourceAccess.some((entry) => !('resourceAppId' in entry)) ||
    currentFields.some((field) => !(field in stored));
  return { app, changed };
}

/** Fields every current record has; a record without one of them was written earlier. */
const currentFields = [
  'id',
  'createdDateTime',
  'signInAudience',
  'isFallbackPublicClient',
  'redirectUris',
  'passwordCredentials',
] as const;

function toGraphShape(entry: RequiredResourceAccess | LegacyAccess): RequiredResourceAccess {
  if ('resourceAppId' in entry) return entry;
  const api = findResourceApi(entry.resource);
  if (!api) return { resourceAppId: entry.resource, resourceAccess: [] };
  const known = entry.scopes.filter((name) => findDelegatedScope(api, name));
  return accessByName(api, known);
}
