import { findApp } from '../directory/app-registrations.js';
import type { AppRegistration } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';

/**
 * Finds the app a public-client request names. Unknown apps fail with AADSTS700016; apps
 * without "Allow public client flows" fail with AADSTS7000218, because Entra then expects a
 * client secret or assertion.
 */
export function requirePublicClient(
  ctx: EmulatorContext,
  clientId: string,
  tenantSegment: string,
): AppRegistration {
  const app = findApp(ctx.directory.apps, clientId);
  if (!app) throw new AadstsError(700016, { clientId, tenant: tenantSegment });
  if (!app.isFallbackPublicClient) throw new AadstsError(7000218);
  return app;
}
