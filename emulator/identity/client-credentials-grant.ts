import { randomBytes } from 'node:crypto';
import { appRolesHeld } from '../directory/app-role-assignments.js';
import { PUBLIC_LOGIN_HOST } from '../directory/tenants.js';
import type { ResolvedTenantPath, Tenant } from '../directory/tenants.js';
import type { RequestSite } from '../http/request-site.js';
import { issuerFor } from '../emulator-context.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';
import { authenticateClient } from './client-authentication.js';
import { requireKnownClient } from './client-validation.js';
import { requireParam } from './protocol-helpers.js';
import { parseScopeRequestIn } from './scope-request.js';
import { signToken } from './token-issuer.js';
import type { TokenResponseBody } from './token-issuer.js';

/**
 * The client credentials grant: an app-only access token carrying the app roles an admin
 * granted (`roles`, never `scp`). Needs a tenant in the path, `{resource}/.default` as the
 * only scope, and a client secret or certificate assertion.
 */
export async function issueClientCredentials(
  ctx: EmulatorContext,
  resolved: ResolvedTenantPath,
  form: URLSearchParams,
  site: RequestSite,
): Promise<TokenResponseBody> {
  const clientId = requireParam(form, 'client_id');
  const app = requireKnownClient(ctx, clientId, resolved.segment, true);
  const tenant = ctx.directory.tenants.find((t) => t.id === app.tenantId);
  // A daemon has no user whose home tenant could stand in for `common`.
  if (resolved.isAlias || !tenant)
    throw new AadstsError(50194, { clientId: app.appId, appName: app.displayName });
  const audiences = assertionAudiences(tenant, resolved.segment, [site.authority, ctx.url]);
  const method = await authenticateClient(ctx, app, form, audiences);

  const scope = requireParam(form, 'scope');
  const request = parseScopeRequestIn(ctx, scope, resolved.segment);
  if (!request.isDefault || request.requested.length !== 1 || request.oidc.length > 0)
    throw new AadstsError(1002012, { scope });
  if (request.resource.key === 'vivaEngage') {
    throw new AadstsError(70011, {
      reason: `${request.resource.displayName} (Viva Engage) has no application permissions; app-only tokens cannot be issued for it. Sign in a user instead.`,
    });
  }
  const oid = app.servicePrincipalId;
  if (!oid) throw new AadstsError(7000229, { clientId: app.appId, tenant: tenant.id });
  const roles = appRolesHeld(ctx.directory.appRoleAssignments, app, request.resource);
  const lifetime = ctx.settings.accessTokenLifetimeSeconds;
  const now = Math.floor(Date.now() / 1000);
  const accessToken = await signToken(ctx, {
    aud: request.audience,
    iss: issuerFor(site.authority, tenant.id),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    app_displayname: app.displayName,
    appid: app.appId,
    azp: app.appId,
    // "1" = client secret, "2" = certificate: resources such as SharePoint trust only "2".
    appidacr: method === 'secret' ? '1' : '2',
    azpacr: method === 'secret' ? '1' : '2',
    idp: issuerFor(site.authority, tenant.id),
    idtyp: 'app',
    oid,
    sub: oid,
    tid: tenant.id,
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
    // Entra leaves `roles` out rather than sending an empty list (ARM: access is RBAC).
    ...(roles.length > 0 ? { roles } : {}),
  });
  ctx.issuedTokens.push(accessToken);
  return {
    token_type: 'Bearer',
    scope: request.requested[0]?.raw ?? scope,
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: accessToken,
  };
}

/**
 * The `aud` a client assertion may carry: the token endpoint (v2.0, or v1's `/oauth2/token`) of
 * the tenant by id, domain or as written in the path, under the host the client reached, the
 * emulator's own, or Entra's documented `login.microsoftonline.com`. The first is the one
 * AADSTS700023 names.
 */
function assertionAudiences(tenant: Tenant, segment: string, origins: string[]): string[] {
  const hosts = [...new Set([...origins, `https://${PUBLIC_LOGIN_HOST}`])];
  const segments = [...new Set([tenant.id, tenant.domain.toLowerCase(), segment.toLowerCase()])];
  return hosts.flatMap((host) =>
    segments.flatMap((t) => [`${host}/${t}/oauth2/v2.0/token`, `${host}/${t}/oauth2/token`]),
  );
}
