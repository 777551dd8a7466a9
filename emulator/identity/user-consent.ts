import { requiredScopesFor } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import { preAuthorizedScopes } from '../directory/first-party-clients.js';
import { consentText, findDelegatedScope } from '../directory/resource-apis.js';
import type { ResourceApi } from '../directory/resource-apis.js';
import { ensureServicePrincipal } from '../directory/service-principals.js';
import { isAdministrator } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { planConsent } from './consent-check.js';
import type { ConsentPlan } from './consent-check.js';
import { parseScopeRequestIn } from './scope-request.js';

/**
 * The scopes the user may use with the client on the resource without being asked: their
 * own grant, the tenant-wide one, and what a first-party client is pre-authorized for.
 */
export function grantedScopes(
  ctx: EmulatorContext,
  app: AppRegistration,
  userId: string,
  resource: ResourceApi,
): string[] {
  const granted = ctx.consent.granted(userId, app.appId, resource.appId);
  const lower = new Set(granted.map((s) => s.toLowerCase()));
  const extra = preAuthorizedScopes(app, resource).filter((s) => !lower.has(s.toLowerCase()));
  return [...granted, ...extra];
}

/** What approving `scope` for `app` as `user` would need (shared by device and browser flows). */
export function planUserConsent(
  ctx: EmulatorContext,
  app: AppRegistration,
  user: User,
  scope: string,
): ConsentPlan {
  // Pre-authorized clients are never consented to; anything beyond their list is AADSTS65002.
  if (app.firstParty?.preAuthorized) return { grantable: [], needsAdmin: [] };
  const request = parseScopeRequestIn(ctx, scope);
  return planConsent(
    request,
    requiredScopesFor(app, request.resource),
    { isAdmin: isAdministrator(user), usersMayConsent: ctx.settings.usersMayConsent },
    grantedScopes(ctx, app, user.id, request.resource),
  );
}

/**
 * Records the user's consent for `scope`, or reports the scopes only an admin may grant.
 * Device code approval and the authorize pages both go through here so they agree.
 */
export function grantUserConsent(
  ctx: EmulatorContext,
  app: AppRegistration,
  user: User,
  scope: string,
): { ok: true } | { ok: false; needsAdmin: string[] } {
  const plan = planUserConsent(ctx, app, user, scope);
  if (plan.needsAdmin.length > 0) return { ok: false, needsAdmin: plan.needsAdmin };
  if (plan.grantable.length === 0) return { ok: true };
  const request = parseScopeRequestIn(ctx, scope);
  // Consent is given to the app's service principal, so Entra creates it if it is missing.
  ensureServicePrincipal(ctx, app);
  ctx.consent.grant(user.id, app.appId, request.resource.appId, plan.grantable);
  return { ok: true };
}

/** Plain words for delegated permissions of the requested resource ("Read and write all applications"). */
export function describeScopes(ctx: EmulatorContext, scope: string, names: string[]): string[] {
  const { resource } = parseScopeRequestIn(ctx, scope);
  return names.map((name) => {
    const known = findDelegatedScope(resource, name);
    return known ? consentText(known) : `${name} (${resource.displayName})`;
  });
}

/** Plain-words list of what the app asks for, for a consent page. */
export function describePermissions(
  ctx: EmulatorContext,
  app: AppRegistration,
  scope: string,
): string[] {
  const request = parseScopeRequestIn(ctx, scope);
  const names = request.isDefault
    ? requiredScopesFor(app, request.resource)
    : request.requested.map((r) => r.name);
  const lines = describeScopes(ctx, scope, names);
  if (request.oidc.includes('openid') || request.oidc.includes('profile'))
    lines.push('View your basic profile');
  if (request.oidc.includes('email')) lines.push('View your email address');
  if (request.oidc.includes('offline_access'))
    lines.push('Maintain access to data you have given it access to');
  return [...new Set(lines)];
}
