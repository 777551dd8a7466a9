import { requiredAppRolesFor, requiredScopesFor } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import { assignAppRole } from '../directory/app-role-assignments.js';
import { oidcScopeNames } from '../directory/oidc-scopes.js';
import {
  findAppRole,
  findDelegatedScope,
  microsoftGraph,
  resolveResource,
  resourceApis,
} from '../directory/resource-apis.js';
import type { ResourceApi } from '../directory/resource-apis.js';
import {
  ensureServicePrincipal,
  resourceServicePrincipalId,
} from '../directory/service-principals.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';

/** What an administrator consents to for the whole tenant, per resource. */
export interface AdminConsentPlan {
  delegated: { api: ResourceApi; scopes: string[] }[];
  appRoles: { api: ResourceApi; roles: string[] }[];
}

/**
 * Works out what admin consent for `scopeParam` grants. Any `{resource}/.default` means every
 * permission the app registration requires, delegated and application, on every resource (as
 * the portal's "Grant admin consent" does); named scopes mean just those delegated scopes, on
 * as many resources as named. Unknown resources are AADSTS500011, unknown scopes AADSTS70011.
 */
export function planAdminConsent(
  ctx: EmulatorContext,
  app: AppRegistration,
  scopeParam: string,
  tenantForErrors: string,
): AdminConsentPlan {
  const named = new Map<ResourceApi, string[]>();
  let everything = false;
  for (const raw of scopeParam.split(/\s+/).filter(Boolean)) {
    if (oidcScopeNames.has(raw.toLowerCase())) continue;
    const slash = raw.lastIndexOf('/');
    const resolved = slash < 0 ? { api: microsoftGraph } : resolveResource(raw.slice(0, slash));
    if (!resolved || ctx.settings.unprovisionedResources.has(resolved.api.key))
      throw new AadstsError(500011, { resource: raw.slice(0, slash), tenant: tenantForErrors });
    const name = raw.slice(slash + 1);
    if (name === '.default') {
      everything = true;
      continue;
    }
    const scope = findDelegatedScope(resolved.api, name);
    if (!scope)
      throw new AadstsError(70011, {
        reason: `The scope '${raw}' does not exist on ${resolved.api.displayName}.`,
      });
    named.set(resolved.api, [...(named.get(resolved.api) ?? []), scope.value]);
  }
  const provisioned = resourceApis.filter(
    (api) => !ctx.settings.unprovisionedResources.has(api.key),
  );
  const delegated = provisioned
    .map((api) => ({
      api,
      scopes: [
        ...new Set([...(everything ? requiredScopesFor(app, api) : []), ...(named.get(api) ?? [])]),
      ],
    }))
    .filter((entry) => entry.scopes.length > 0);
  const appRoles = everything
    ? provisioned
        .map((api) => ({ api, roles: requiredAppRolesFor(app, api) }))
        .filter((entry) => entry.roles.length > 0)
    : [];
  return { delegated, appRoles };
}

/**
 * Records admin consent: the app's service principal (created if missing), an AllPrincipals
 * grant per resource holding what it had plus the new scopes, and app role assignments.
 */
export function grantAdminConsent(
  ctx: EmulatorContext,
  app: AppRegistration,
  plan: AdminConsentPlan,
): void {
  const principalId = ensureServicePrincipal(ctx, app);
  for (const { api, scopes } of plan.delegated) {
    const had = ctx.consent.find(app.appId, api.appId)?.scopes ?? [];
    ctx.consent.setTenantWide(app.appId, api.appId, [...had, ...scopes]);
  }
  for (const { api, roles } of plan.appRoles) {
    const resourceId = resourceServicePrincipalId(ctx, api);
    for (const role of roles) {
      const id = findAppRole(api, role)?.id;
      if (id) assignAppRole(ctx.directory.appRoleAssignments, principalId, resourceId, id);
    }
  }
  ctx.saveDirectory();
}

/** Plain-words lines for the admin consent page. */
export function describeAdminConsent(plan: AdminConsentPlan): string[] {
  const lines = plan.delegated.flatMap(({ api, scopes }) =>
    scopes.map((name) => {
      const scope = findDelegatedScope(api, name);
      return `${scope ? scope.adminConsentDisplayName : name} (${api.displayName}, delegated)`;
    }),
  );
  for (const { api, roles } of plan.appRoles)
    for (const role of roles)
      lines.push(
        `${findAppRole(api, role)?.displayName ?? role} (${api.displayName}, application)`,
      );
  return lines;
}
