import { findApp } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';
import { isRegisteredRedirectUri } from './redirect-uris.js';

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
 * Finds the app and redirect URI a browser brings in its query (`/authorize`,
 * `/adminconsent`): a missing `client_id` is AADSTS900144, an unknown app AADSTS700016, a
 * redirect URI the app did not register (by `registers`) AADSTS50011. Until the two are known
 * to belong together, callers show the error on the page: redirecting would make the emulator
 * an open redirector.
 */
export function checkBrowserClient(
  ctx: EmulatorContext,
  tenantSegment: string,
  params: URLSearchParams,
  registers: (app: AppRegistration, uri: string) => boolean = isRegisteredRedirectUri,
): { app: AppRegistration; redirectUri: string } | AadstsError {
  const clientId = params.get('client_id') ?? '';
  if (!clientId) return new AadstsError(900144, { parameter: 'client_id' });
  let app: AppRegistration;
  try {
    app = requireKnownClient(ctx, clientId, tenantSegment);
  } catch (error) {
    if (error instanceof AadstsError) return error;
    throw error;
  }
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!redirectUri || !registers(app, redirectUri))
    return new AadstsError(50011, { redirectUri, clientId: app.appId });
  return { app, redirectUri };
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
