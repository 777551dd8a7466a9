import { findApp } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';

/**
 * Whether sign-in already sees the app. Entra's token service learns of new apps (and their
 * service principals, for app-only sign-in) only after directory replication, which the
 * replication delay switch stands in for.
 */
export function isReplicated(
  ctx: EmulatorContext,
  app: AppRegistration,
  includeServicePrincipal = false,
): boolean {
  const delay = ctx.settings.replicationDelayMs;
  if (delay <= 0) return true;
  const created = [app.createdDateTime];
  if (includeServicePrincipal && app.servicePrincipalCreatedDateTime)
    created.push(app.servicePrincipalCreatedDateTime);
  const newest = Math.max(...created.map((t) => Date.parse(t)));
  return Date.now() - newest >= delay;
}

/**
 * Finds the app a sign-in request names, as the token service sees the directory: an unknown
 * app, or one created within the replication delay, is AADSTS700016.
 */
export function requireKnownClient(
  ctx: EmulatorContext,
  clientId: string,
  tenantSegment: string,
  includeServicePrincipal = false,
): AppRegistration {
  const app = findApp(ctx.directory.apps, clientId);
  if (!app || !isReplicated(ctx, app, includeServicePrincipal))
    throw new AadstsError(700016, { clientId, tenant: tenantSegment });
  return app;
}

/**
 * Finds the app a public-client token request names. Apps without "Allow public client
 * flows" fail with AADSTS7000218, because Entra then expects a client secret or assertion.
 */
export function requirePublicClient(
  ctx: EmulatorContext,
  clientId: string,
  tenantSegment: string,
): AppRegistration {
  const app = requireKnownClient(ctx, clientId, tenantSegment);
  if (!app.isFallbackPublicClient) throw new AadstsError(7000218);
  return app;
}
