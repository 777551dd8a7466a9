import { jwksDocument } from '../crypto/signing-key.js';
import { issuerFor } from '../emulator-context.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { requireTenantPath, withAadstsErrors } from './protocol-helpers.js';

/**
 * Registers OpenID discovery, JWKS and instance discovery. MSAL configured with
 * `knownAuthorities` only fetches the OpenID configuration; instance discovery is here for
 * clients configured without it.
 */
export function addDiscoveryRoutes(router: Router, ctx: EmulatorContext): void {
  router.add('GET', '/:tenant/v2.0/.well-known/openid-configuration', (http) =>
    withAadstsErrors(ctx, http, () => {
      const resolved = requireTenantPath(ctx, http);
      // Entra writes endpoints with the tenant id even when asked by domain, but keeps
      // `common`/`organizations` (and a `{tenantid}` issuer placeholder) for aliases.
      const segment = resolved.isAlias
        ? resolved.segment
        : (resolved.tenant?.id ?? resolved.segment);
      const issuer =
        resolved.isAlias || !resolved.tenant
          ? `${ctx.url}/{tenantid}/v2.0`
          : issuerFor(ctx, resolved.tenant.id);
      sendJson(http.res, 200, openIdConfiguration(ctx.url, segment, issuer));
    }),
  );

  router.add('GET', '/:tenant/discovery/v2.0/keys', (http) =>
    withAadstsErrors(ctx, http, () => {
      requireTenantPath(ctx, http);
      sendJson(http.res, 200, jwksDocument(ctx.signingKey));
    }),
  );

  router.add('GET', '/common/discovery/instance', (http) => {
    const host = new URL(ctx.url).host;
    sendJson(http.res, 200, {
      tenant_discovery_endpoint: `${ctx.url}/${tenantFromAuthorizeParam(http.url)}/v2.0/.well-known/openid-configuration`,
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

function openIdConfiguration(url: string, tenant: string, issuer: string) {
  const base = `${url}/${tenant}`;
  const host = new URL(url).host;
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
    userinfo_endpoint: `${url}/graph/oidc/userinfo`,
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
    cloud_instance_name: host,
    cloud_graph_host_name: host,
    msgraph_host: host,
    rbac_url: `${url}/rbac`,
  };
}
