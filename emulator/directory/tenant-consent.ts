import { requiredScopesFor } from './app-registrations.js';
import type { AppRegistration } from './app-registrations.js';
import type { ConsentGrants } from './consent-grants.js';
import { findDelegatedScope, findResourceApi, resourceApis } from './resource-apis.js';

/**
 * Grants tenant-wide admin consent (consentType AllPrincipals) for everything the app
 * requires, as `m365 setup` does with `POST /oauth2PermissionGrants`. With it one sign-in
 * serves every resource: refresh tokens are redeemed silently for each of them.
 */
export function seedTenantConsent(consent: ConsentGrants, app: AppRegistration): void {
  for (const api of resourceApis) {
    const scopes = requiredScopesFor(app, api);
    if (scopes.length > 0) consent.setTenantWide(app.appId, api.appId, scopes);
  }
}

/**
 * Removes one scope from the app's tenant-wide grant on the resource named by `audience`
 * (an audience URI or app id). Throws for an unknown resource or scope so a typo in a test
 * fails loudly instead of silently revoking nothing.
 */
export function revokeTenantConsent(
  consent: ConsentGrants,
  app: AppRegistration,
  audience: string,
  scope: string,
): void {
  const api = findResourceApi(audience);
  if (!api) throw new Error(`No resource '${audience}' in the sandbox tenant`);
  const known = findDelegatedScope(api, scope);
  if (!known) throw new Error(`${api.displayName} has no delegated scope '${scope}'`);
  consent.revokeTenantWide(app.appId, api.appId, known.value);
}
