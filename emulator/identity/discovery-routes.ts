import { jwksDocument } from '../crypto/signing-key.js';
import { issuerFor } from '../emulator-context.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestSite } from '../http/request-site.js';
import type { Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { GRAPH_BASE_PATH } from '../resources/graph/graph-route.js';
import { requireTenantPath, withAadstsErrors } from './protocol-helpers.js';

/**
 * Registers OpenID discovery, JWKS and instance discovery. MSAL configured with
 * `knownAuthorities` only fetches the OpenID configuration; instance discovery is here for
 * clients configured without it.
 */
export function addDiscoveryRoutes(router: Router, ctx: EmulatorContext): void {
  router.add('GET', '/:tenant/v2.0/.well-known/openid-configuration', (http) =>
    withAadstsErrors(http, () => {
      const resolved = requireTenantPath(ctx, http);
      // Entra writes endpoints with the tenant id even when asked by domain, but keeps
      // `common`/`organizations` (and a `{tenantid}` issuer placeholder) for aliases.
      const segment = resolved.isAlias
        ? resolved.segment
        : (resolved.tenant?.id ?? resolved.segment);
      const issuer =
        resolved.isAlias || !resolved.tenant
          ? `${http.site.authority}/{tenantid}/v2.0`
          : issuerFor(http.site.authority, resolved.tenant.id);
      sendJson(http.res, 200, openIdConfiguration(http.site, segment, issuer));
    }),
  );

  router.add('GET', '/:tenant/discovery/v2.0/keys', (http) =>
    withAadstsErrors(http, () => {
      requireTenantPath(ctx, http);
      sendJson(http.res, 200, jwksDocument(ctx.signingKey));
    }),
  );

  router.add('GET', '/common/discovery/instance', (http) => {
    const authority = http.site.authority;
    const host = new URL(authority).host;
    sendJson(http.res, 200, {
      tenant_discovery_endpoint: `${authority}/${tenantFromAuthorizeParam(http.url)}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });
}

/** The tenant segment of the `authorization_endpoint` query parameter MSAL passes, or `common`. */
function tenantFromAuthorizeParam(url: URL): string {
  const endpoint = url.searchParams.get('authorization_endpoint');
  if (!endpoint) return 'common';
  try {
    return new URL(endpoint).pathname.split('/').filter(Boolean)[0] ?? 'common';
  } catch {
    return 'common';
  }
}

/** The OpenID configuration, every URL under the host the client reached. */
function openIdConfiguration(site: RequestSite, tenant: string, issuer: string) {
  const url = site.authority;
  const base = `${url}/${tenant}`;
  const host = new URL(url).host;
  const graphHost = new URL(site.publicUrl(GRAPH_BASE_PATH)).host;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer,
    request_uri_parameter_supported: false,
    userinfo_endpoint: site.publicUrl(`${GRAPH_BASE_PATH}/oidc/userinfo`),
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    // Entra's own values under its host names; the emulator's address otherwise.
    cloud_instance_name: site.microsoftHost ? 'microsoftonline.com' : host,
    cloud_graph_host_name: site.microsoftHost ? 'graph.windows.net' : host,
    msgraph_host: graphHost,
    rbac_url: `${url}/rbac`,
  };
}
