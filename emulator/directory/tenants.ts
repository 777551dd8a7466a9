/**
 * Name of the sandbox tenant: its `*.onmicrosoft.com` label and its SharePoint host name
 * (`contoso-sandbox.sharepoint.com`), fixed so docs, tests and screenshots can name it.
 */
export const SANDBOX_TENANT_NAME = 'contoso-sandbox';

/**
 * The public cloud's sign-in host. The sandbox answers for it through its proxy, and accepts it
 * wherever Entra names itself (client assertion audiences, token issuers).
 */
export const PUBLIC_LOGIN_HOST = 'login.microsoftonline.com';

/** A sandbox Entra tenant. */
export interface Tenant {
  id: string;
  /** Initial `*.onmicrosoft.com` domain, also the default verified domain. */
  domain: string;
  displayName: string;
}

/** Path segments Entra accepts in place of a tenant, mapped to how issuers are written. */
export const multiTenantAliases = ['common', 'organizations'] as const;

/** Result of resolving the `{tenant}` segment of a protocol URL. */
export interface ResolvedTenantPath {
  /** The concrete tenant, or undefined for `common`/`organizations` until a user signs in. */
  tenant: Tenant | undefined;
  /** The segment as written in the URL. */
  segment: string;
  isAlias: boolean;
}

/**
 * Resolves a URL's `{tenant}` segment (tenant id, domain, `common` or `organizations`).
 * Returns undefined for an unknown tenant, which callers report as AADSTS90002.
 */
export function resolveTenantPath(
  tenants: readonly Tenant[],
  segment: string,
): ResolvedTenantPath | undefined {
  const lower = segment.toLowerCase();
  if ((multiTenantAliases as readonly string[]).includes(lower)) {
    // The sandbox holds one home tenant; multi-tenant aliases sign users into it.
    return { tenant: tenants[0], segment: lower, isAlias: true };
  }
  const tenant = tenants.find((t) => t.id === lower || t.domain.toLowerCase() === lower);
  return tenant ? { tenant, segment, isAlias: false } : undefined;
}
