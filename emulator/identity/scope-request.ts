import { findDelegatedScope, microsoftGraph, resolveResource } from '../directory/resource-apis.js';
import type { ResourceApi } from '../directory/resource-apis.js';
import { oidcScopes } from '../directory/oidc-scopes.js';
import type { OidcScope } from '../directory/oidc-scopes.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError } from './aadsts-errors.js';

/** One resource scope as the client wrote it, plus what it means. */
export interface RequestedScope {
  /** Exactly as sent, e.g. `User.Read` or `https://graph.microsoft.com/.default`; echoed back. */
  raw: string;
  /** Canonical short name (`User.Read`) or `.default`. */
  name: string;
}

/** A parsed `scope` parameter: at most one resource plus OIDC scopes. */
export interface ScopeRequest {
  oidc: OidcScope[];
  /** The single resource the access token is for (Graph when only OIDC scopes were asked). */
  resource: ResourceApi;
  /** The audience URI the client named it by (SharePoint has one per host); the token's `aud`. */
  audience: string;
  requested: RequestedScope[];
  /** True when the request used `{resource}/.default`. */
  isDefault: boolean;
}

/** Whether a resource has a service principal in the tenant (Yammer can be unprovisioned). */
export type ProvisionedCheck = (api: ResourceApi) => boolean;

/**
 * Parses a space-separated `scope` parameter the way Entra's v2.0 endpoint does:
 * short names mean Microsoft Graph, `{resource}/{name}` names any resource by audience
 * or app id, and all resource scopes must target one audience (else AADSTS70011). A resource
 * unknown to, or not provisioned in, the tenant is AADSTS500011.
 */
export function parseScopeRequest(
  scopeParam: string,
  tenantForErrors = 'common',
  isProvisioned: ProvisionedCheck = () => true,
): ScopeRequest {
  const oidc: OidcScope[] = [];
  const requested: RequestedScope[] = [];
  let resource: ResourceApi | undefined;
  let audience: string | undefined;

  for (const raw of scopeParam.split(/\s+/).filter(Boolean)) {
    const lower = raw.toLowerCase();
    if ((oidcScopes as readonly string[]).includes(lower)) {
      if (!oidc.includes(lower as OidcScope)) oidc.push(lower as OidcScope);
      continue;
    }
    const { api, name, named } = splitResourceScope(raw, tenantForErrors, isProvisioned);
    if (audience && audience !== named) {
      throw new AadstsError(70011, {
        reason: `One or more scopes in '${scopeParam}' are not compatible with each other.`,
      });
    }
    resource = api;
    audience = named;
    if (name === '.default') {
      requested.push({ raw, name });
      continue;
    }
    const scope = findDelegatedScope(api, name);
    if (!scope) {
      throw new AadstsError(70011, {
        reason: `The scope '${raw}' does not exist on ${api.displayName}.`,
      });
    }
    requested.push({ raw, name: scope.value });
  }

  const isDefault = requested.some((r) => r.name === '.default');
  if (isDefault && requested.length > 1) {
    throw new AadstsError(70011, {
      reason: `'.default' cannot be combined with other scopes for the same resource in '${scopeParam}'.`,
    });
  }
  return {
    oidc,
    resource: resource ?? microsoftGraph,
    audience: audience ?? microsoftGraph.audience,
    requested,
    isDefault,
  };
}

/** Parses against the live tenant: a resource switched off (Viva Engage) counts as absent. */
export function parseScopeRequestIn(
  ctx: EmulatorContext,
  scopeParam: string,
  tenantForErrors = 'common',
): ScopeRequest {
  return parseScopeRequest(
    scopeParam,
    tenantForErrors,
    (api) => !ctx.settings.unprovisionedResources.has(api.key),
  );
}

function splitResourceScope(
  raw: string,
  tenant: string,
  isProvisioned: ProvisionedCheck,
): { api: ResourceApi; name: string; named: string } {
  const slash = raw.lastIndexOf('/');
  if (slash < 0) return { api: microsoftGraph, name: raw, named: microsoftGraph.audience };
  const prefix = raw.slice(0, slash).replace(/\/+$/, '');
  const resolved = resolveResource(prefix);
  if (!resolved || !isProvisioned(resolved.api))
    throw new AadstsError(500011, { resource: prefix, tenant });
  return { api: resolved.api, name: raw.slice(slash + 1), named: resolved.audience };
}

/**
 * The `scope` value of a token response. MSAL caches tokens under the scopes echoed here and
 * only finds them again if every requested scope is present, so requested resource scopes are
 * echoed verbatim, followed by the granted ones (in the same form the client used) and the
 * OIDC scopes that were asked for.
 */
export function responseScope(request: ScopeRequest, grantedNames: readonly string[]): string {
  const usedFullForm = request.requested.some((r) => r.raw.includes('/'));
  const prefix = usedFullForm ? `${request.audience}/` : '';
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (value: string) => {
    const key = value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  };
  for (const r of request.requested) add(r.raw);
  for (const name of grantedNames) {
    // A short-form echo is only meaningful for Graph; other resources always use the full form.
    add(prefix || request.resource !== microsoftGraph ? `${request.audience}/${name}` : name);
  }
  for (const scope of request.oidc) add(scope);
  return out.join(' ');
}
