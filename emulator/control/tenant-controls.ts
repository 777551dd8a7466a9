import { findApp } from '../directory/app-registrations.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { EmulatorControl } from '../public-api.js';

/** The tenant policy and app registration controls (issue 5). */
export type TenantControls = Pick<
  EmulatorControl,
  'setUsersMayConsent' | 'setReplicationDelay' | 'removeRedirectUri'
>;

/** Builds the tenant controls over the live emulator state. */
export function createTenantControls(ctx: EmulatorContext): TenantControls {
  return {
    setUsersMayConsent(allowed) {
      ctx.settings.usersMayConsent = allowed;
    },
    setReplicationDelay(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`replication delay must be >= 0 ms, got ${ms}`);
      ctx.settings.replicationDelayMs = ms;
    },
    removeRedirectUri(clientId, redirectUri) {
      const app = findApp(ctx.directory.apps, clientId);
      if (!app) throw new Error(`No app registration '${clientId}'`);
      const keep = (uris: string[] | undefined) => uris?.filter((uri) => uri !== redirectUri);
      const before = JSON.stringify([app.redirectUris, app.webRedirectUris, app.spaRedirectUris]);
      app.redirectUris = keep(app.redirectUris) ?? [];
      if (app.webRedirectUris) app.webRedirectUris = keep(app.webRedirectUris);
      if (app.spaRedirectUris) app.spaRedirectUris = keep(app.spaRedirectUris);
      if (JSON.stringify([app.redirectUris, app.webRedirectUris, app.spaRedirectUris]) === before)
        throw new Error(`'${redirectUri}' is not a redirect URI of '${clientId}'`);
      ctx.saveDirectory();
    },
  };
}
