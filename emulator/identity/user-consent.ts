import { requiredScopesFor } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import { consentText, findDelegatedScope } from '../directory/resource-apis.js';
import { isAdministrator } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { planConsent } from './consent-check.js';
import type { ConsentPlan } from './consent-check.js';
import { parseScopeRequestIn } from './scope-request.js';

/** What approving `scope` for `app` as `user` would need (shared by device and browser flows). */
export function planUserConsent(
  ctx: EmulatorContext,
  app: AppRegistration,
  user: User,
  scope: string,
): ConsentPlan {
  const request = parseScopeRequestIn(ctx, scope);
  return planConsent(
    request,
    requiredScopesFor(app, request.resource),
    isAdministrator(user),
    ctx.consent.granted(user.id, app.appId, request.resource.appId),
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
  const request = parseScopeRequestIn(ctx, scope);
  ctx.consent.grant(user.id, app.appId, request.resource.appId, plan.grantable);
  return { ok: true };
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
  const lines = names.map((name) => {
    const known = findDelegatedScope(request.resource, name);
    return known ? consentText(known) : `${name} (${request.resource.displayName})`;
  });
  if (request.oidc.includes('openid') || request.oidc.includes('profile'))
    lines.push('View your basic profile');
  if (request.oidc.includes('email')) lines.push('View your email address');
  if (request.oidc.includes('offline_access'))
    lines.push('Maintain access to data you have given it access to');
  return [...new Set(lines)];
}
