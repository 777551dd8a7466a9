import { microsoftGraph } from '../directory/resource-apis.js';
import { findUserById } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { verifyBearer } from './bearer-verifier.js';
import type { AccessTokenClaims } from './bearer-verifier.js';
import { sendGraphBearerFailure, sendGraphError, sendGraphJson } from './graph-responses.js';

/** Path under the emulator URL where the Graph slice lives (ReadyInfo `resources.graph.baseUrl`). */
export const GRAPH_BASE_PATH = '/graph';

/**
 * Registers the Microsoft Graph slice: `GET /v1.0/me` and `GET /v1.0/organization`.
 * Least-privileged delegated permission for both is User.Read, as in Graph's docs.
 */
export function addGraphRoutes(router: Router, ctx: EmulatorContext): void {
  const readUser = ['User.Read', 'User.Read.All', 'Directory.Read.All'];
  const readOrg = ['User.Read', 'Organization.Read.All', 'Directory.Read.All'];

  router.add('GET', `${GRAPH_BASE_PATH}/v1.0/me`, (http) =>
    withGraphToken(ctx, http, readUser, (claims) => {
      const user = findUserById(ctx.directory.users, claims.oid);
      if (!user) {
        sendGraphError(
          http,
          404,
          'Request_ResourceNotFound',
          `Resource '${claims.oid}' does not exist or one of its queried reference-property objects are not present.`,
        );
        return;
      }
      sendGraphJson(http, {
        '@odata.context': `${ctx.url}${GRAPH_BASE_PATH}/v1.0/$metadata#users/$entity`,
        businessPhones: [],
        displayName: user.displayName,
        givenName: user.givenName,
        jobTitle: user.jobTitle,
        mail: user.userPrincipalName,
        mobilePhone: null,
        officeLocation: null,
        preferredLanguage: 'en-US',
        surname: user.surname,
        userPrincipalName: user.userPrincipalName,
        id: user.id,
      });
    }),
  );

  router.add('GET', `${GRAPH_BASE_PATH}/v1.0/organization`, (http) =>
    withGraphToken(ctx, http, readOrg, (claims) => {
      const tenants = ctx.directory.tenants.filter((t) => t.id === claims.tid);
      sendGraphJson(http, {
        '@odata.context': `${ctx.url}${GRAPH_BASE_PATH}/v1.0/$metadata#organization`,
        value: tenants.map((tenant) => ({
          id: tenant.id,
          displayName: tenant.displayName,
          tenantType: 'AAD',
          countryLetterCode: 'US',
          verifiedDomains: [
            {
              capabilities: 'Email, OfficeCommunicationsOnline',
              isDefault: true,
              isInitial: true,
              name: tenant.domain,
              type: 'Managed',
            },
          ],
        })),
      });
    }),
  );
}

async function withGraphToken(
  ctx: EmulatorContext,
  http: RequestContext,
  anyOfScopes: readonly string[],
  handler: (claims: AccessTokenClaims) => void,
): Promise<void> {
  const check = await verifyBearer(ctx, http.req, {
    audience: microsoftGraph.audience,
    anyOfScopes,
  });
  if (!check.ok) {
    sendGraphBearerFailure(http, check.failure, ctx.url);
    return;
  }
  handler(check.claims);
}
