import { yammer } from '../directory/resource-apis.js';
import type { EmulatorContext } from '../emulator-context.js';
import { readJsonObject } from '../http/request-body.js';
import type { Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';

/**
 * Switches Viva Engage on or off. Off models a tenant where Yammer was never provisioned:
 * no service principal (tokens fail with AADSTS500011) and no network behind the API.
 */
export function setVivaEngageProvisioned(ctx: EmulatorContext, provisioned: boolean): void {
  if (provisioned) ctx.settings.unprovisionedResources.delete(yammer.key);
  else ctx.settings.unprovisionedResources.add(yammer.key);
}

/** Registers `POST /_emulator/viva-engage` with `{"provisioned": boolean}` for scripts and tests. */
export function addVivaEngageSwitchRoute(router: Router, ctx: EmulatorContext): void {
  router.add('POST', '/_emulator/viva-engage', async (http) => {
    const body = await readJsonObject(http.req);
    if (typeof body.provisioned !== 'boolean') {
      sendJson(http.res, 400, {
        error: 'invalid_request',
        message: 'Body must be {"provisioned": true|false}.',
      });
      return;
    }
    setVivaEngageProvisioned(ctx, body.provisioned);
    sendJson(http.res, 200, { provisioned: body.provisioned });
  });
}
