import { yammer } from '../directory/resource-apis.js';
import { SANDBOX_TENANT_NAME } from '../directory/tenants.js';
import { stableNumericId } from '../directory/stable-ids.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { FallbackAnswers } from '../http/fallback-answers.js';
import type { RequestContext, Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { withBearer } from './bearer-guard.js';
import type { BearerFailure } from './bearer-verifier.js';

/** Where the Yammer REST API lives (ReadyInfo `resources.vivaEngage.baseUrl`). */
export const YAMMER_BASE_PATH = '/yammer';

/**
 * Registers `GET /api/v1/users/current.json`. Yammer has no application permissions, so an
 * app-only token (`roles`, no `scp`) is refused like any token without user_impersonation.
 * While Viva Engage is switched off the network does not exist and everything is 404.
 */
export function addVivaEngageRoutes(router: Router, ctx: EmulatorContext): void {
  router.add('GET', `${YAMMER_BASE_PATH}/api/v1/users/current.json`, (http) => {
    if (ctx.settings.unprovisionedResources.has(yammer.key)) {
      sendYammerError(http, 404, 'Network not found.');
      return;
    }
    return withBearer(
      ctx,
      http,
      { audience: yammer.audience, anyOfScopes: ['user_impersonation'] },
      sendYammerBearerFailure,
      ({ claims, user }) => {
        const tenant = ctx.directory.tenants.find((t) => t.id === claims.tid);
        if (!user || !tenant) {
          sendYammerError(http, 401, 'Token not found.', 16);
          return;
        }
        const id = stableNumericId(user.id, 'yammer-user');
        const networkId = stableNumericId(tenant.id, 'yammer-network');
        const email = user.userPrincipalName;
        sendJson(http.res, 200, {
          type: 'user',
          id,
          network_id: networkId,
          state: 'active',
          job_title: user.jobTitle ?? '',
          full_name: user.displayName,
          first_name: user.givenName,
          last_name: user.surname,
          name: email.split('@')[0],
          email,
          admin: String(user.roles.includes('Global Administrator')),
          verified_admin: String(user.roles.includes('Global Administrator')),
          network_name: tenant.displayName,
          network_domains: [tenant.domain],
          url: http.site.publicUrl(`${YAMMER_BASE_PATH}/api/v1/users/${id}`),
          web_url: `https://www.yammer.com/${SANDBOX_TENANT_NAME}/users/${id}`,
          mugshot_url: 'https://mug0.assets-yammer.com/mugshot/images/48x48/no_photo.png',
          contact: { email_addresses: [{ type: 'primary', address: email }] },
        });
      },
    );
  });
}

/** Yammer's classic REST error body: `{"response":{"message","code","stat":"fail"}}`. */
function sendYammerError(
  http: RequestContext,
  status: number,
  message: string,
  code?: number,
): void {
  sendJson(http.res, status, {
    response: { message, ...(code === undefined ? {} : { code }), stat: 'fail' },
  });
}

function sendYammerBearerFailure(http: RequestContext, failure: BearerFailure): void {
  if (failure === 'insufficient_scope') {
    sendYammerError(
      http,
      403,
      'This action requires a delegated user token with user_impersonation.',
    );
    return;
  }
  sendYammerError(http, 401, failure === 'expired' ? 'Token expired.' : 'Token not found.', 16);
}

/** Yammer's refusals for what no route handles, in its classic REST error body. */
export const vivaEngageFallback: FallbackAnswers = {
  notFound: (http) => sendYammerError(http, 404, 'Page not found.'),
  methodNotAllowed: (http) => sendYammerError(http, 405, 'Method not allowed.'),
  badBody: (http, error) => sendYammerError(http, error.status, 'Invalid request body.'),
  internalError: (http) => sendYammerError(http, 500, 'Something went wrong.'),
};
