import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { addControlRoute } from './control-route.js';
import { createTenantControls } from './tenant-controls.js';

/** HTTP twins of the tenant controls; bad input answers 400 with the reason. */
export function addTenantControlRoutes(router: Router, ctx: EmulatorContext): void {
  const controls = createTenantControls(ctx);
  addControlRoute(router, '/_emulator/consent-policy', (body) => {
    if (typeof body.usersMayConsent !== 'boolean')
      throw new Error('usersMayConsent must be true or false');
    controls.setUsersMayConsent(body.usersMayConsent);
  });
  addControlRoute(router, '/_emulator/replication-delay', (body) =>
    controls.setReplicationDelay(Number(body.ms)),
  );
  addControlRoute(router, '/_emulator/redirect-uris/remove', (body) =>
    controls.removeRedirectUri(String(body.clientId ?? ''), String(body.redirectUri ?? '')),
  );
}
