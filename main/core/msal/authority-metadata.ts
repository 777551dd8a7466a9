/**
 * The authority's OpenID configuration, handed to MSAL up front. Without it every new MSAL
 * client (each cloud + app, and again after every start) first fetches
 * `/{tenant}/v2.0/.well-known/openid-configuration`, so the first device code, the first
 * silent refresh and the first app-only token each cost an extra round trip.
 *
 * Every cloud in the catalog serves the identity platform v2.0 at the same paths under its
 * authority host: Microsoft's clouds as documented, the sandbox because the emulator follows
 * them (its `discovery-routes.ts`; `authority-metadata.int.test.ts` holds the two side by side).
 */
import type { NodeAuthOptions } from '@azure/msal-node';
import type { CloudEndpoints } from '../cloud-catalog';

/** The fields of an OpenID configuration MSAL reads, and the device code endpoint beside them. */
export interface OpenIdConfiguration {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  device_authorization_endpoint: string;
  end_session_endpoint: string;
  jwks_uri: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What `{authorityHost}/{tenant}/v2.0/.well-known/openid-configuration` answers, for a tenant
 * given as `organizations`, `common`, a tenant id or a verified domain.
 *
 * The endpoints keep the tenant segment as given: Entra names a domain's tenant id in its
 * document, but MSAL puts the configured segment back into every endpoint it uses, and both
 * reach the same tenant. The issuer is what that tenant's tokens carry in `iss`: exact for a
 * tenant id; for an alias or a domain, Entra's own `{tenantid}` template (a domain's id is not
 * known before its first token).
 */
export function openIdConfiguration(cloud: CloudEndpoints, tenant: string): OpenIdConfiguration {
  const base = `${trimSlash(cloud.authorityHost)}/${tenant}`;
  const issuerTenant = GUID.test(tenant) ? tenant.toLowerCase() : '{tenantid}';
  return {
    issuer: `${trimSlash(cloud.issuerHost ?? cloud.authorityHost)}/${issuerTenant}/v2.0`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
  };
}

/**
 * The `auth` options that let an MSAL client skip both discovery requests: the OpenID
 * configuration (above), and the authority host as the only known authority, which stands in
 * for instance discovery (MSAL then treats the host as its own single alias; offline, in the
 * sandbox, there is nobody to ask anyway). Spread next to `clientId` and `authority`.
 */
export function authorityMetadataOptions(target: {
  cloud: CloudEndpoints;
  tenant: string;
}): Pick<NodeAuthOptions, 'knownAuthorities' | 'authorityMetadata'> {
  return {
    knownAuthorities: [new URL(target.cloud.authorityHost).host],
    authorityMetadata: JSON.stringify(openIdConfiguration(target.cloud, target.tenant)),
  };
}

const trimSlash = (url: string) => url.replace(/\/$/, '');
