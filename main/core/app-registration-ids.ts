/**
 * The checks every app registration id and tenant given by a person goes through, with the
 * message that says what to copy from where.
 */
import { ProblemError } from './errors/to-problem';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A verified domain such as `contoso.onmicrosoft.com` or `contoso.com`. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MULTI_TENANT = ['common', 'organizations', 'consumers'];
/** Each cloud's SharePoint suffix → the suffix of its tenants' initial domains. */
const INITIAL_DOMAIN: Record<string, string> = {
  'sharepoint.com': 'onmicrosoft.com',
  'sharepoint.us': 'onmicrosoft.us',
  'sharepoint-mil.us': 'onmicrosoft.us',
  'sharepoint.cn': 'partner.onmschina.cn',
};
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

export const isGuid = (value: string): boolean => GUID.test(value.trim());

type IdProblem = { code: string; message: string; hint: string };

/**
 * What a GUID field may be given instead of a GUID and is refused for, each with the one value
 * to type: `{…}` as PowerShell and the registry print it, and the nil GUID, which no app or
 * tenant has. Surrounding spaces are trimmed everywhere, never refused.
 */
function guidShapeProblem(value: string, what: string, copy: string): IdProblem | undefined {
  const braced = /^\{(.*)\}$/.exec(value);
  if (braced && isGuid(braced[1]!)) {
    return {
      code: `invalid_${what.replace(/ /g, '_')}`,
      message: `The ${what} "${value}" has braces around it.`,
      hint: `Type it without them: ${braced[1]!.trim().toLowerCase()}`,
    };
  }
  if (/^[0-9a-f]{32}$/i.test(value)) {
    const dashed = value.toLowerCase().replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    return {
      code: `invalid_${what.replace(/ /g, '_')}`,
      message: `The ${what} "${value}" has no dashes.`,
      hint: `Type it as Entra shows it: ${dashed}`,
    };
  }
  if (value === NIL_GUID) {
    return {
      code: `invalid_${what.replace(/ /g, '_')}`,
      message: `The ${what} ${NIL_GUID} is the empty (nil) GUID, which nothing in Entra ID has.`,
      hint: copy,
    };
  }
  return undefined;
}

export function clientIdProblem(clientId: string) {
  const value = clientId.trim();
  if (!value) {
    return {
      code: 'client_id_required',
      message: 'Enter the Application (client) ID of your app registration.',
      hint: 'It is on the app registration’s Overview page in the Entra admin center.',
    };
  }
  const copy = 'Copy the Application (client) ID from the app registration’s Overview page.';
  const shape = guidShapeProblem(value, 'client id', copy);
  if (shape) return shape;
  if (isGuid(value)) return undefined;
  return {
    code: 'invalid_client_id',
    message: `The app id "${value}" is not a GUID.`,
    hint: 'Copy the Application (client) ID from the app registration’s Overview page.',
  };
}

/** `allowMultiTenant`: delegated sign-ins may use `organizations`; app-only needs one tenant. */
export function tenantProblem(tenant: string, allowMultiTenant: boolean) {
  const value = tenant.trim().toLowerCase();
  if (MULTI_TENANT.includes(value)) {
    return allowMultiTenant && value !== 'consumers'
      ? undefined
      : {
          code: 'tenant_required',
          message: `This sign-in needs your tenant, not "${tenant.trim()}".`,
          hint: 'Give the tenant id (a GUID) or its domain, e.g. contoso.onmicrosoft.com.',
        };
  }
  const copy = 'Copy the Directory (tenant) ID from the app registration’s Overview page.';
  const shape = guidShapeProblem(value, 'tenant', copy) ?? tenantShapeProblem(tenant.trim());
  if (shape) return shape;
  if (isGuid(value) || DOMAIN.test(value)) return undefined;
  return {
    code: 'invalid_tenant',
    message: value
      ? `"${tenant.trim()}" is neither a tenant id (GUID) nor a domain.`
      : 'Enter your tenant id or domain.',
    hint: 'Use the Directory (tenant) ID from the app registration’s Overview page, or a domain such as contoso.onmicrosoft.com.',
  };
}

/** A URL, an e-mail address or a bare name where a tenant goes: the tenant they point to. */
function tenantShapeProblem(value: string): IdProblem | undefined {
  const refuse = (message: string, tenant: string): IdProblem => ({
    code: 'invalid_tenant',
    message,
    hint: `Type only the tenant: ${tenant}`,
  });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const tenant = tenantInUrl(value);
    return refuse(
      `"${value}" is a URL; the tenant is its id (a GUID) or its domain.`,
      tenant ?? 'contoso.onmicrosoft.com (or the Directory (tenant) ID, a GUID)',
    );
  }
  const at = value.lastIndexOf('@');
  if (at > 0 && DOMAIN.test(value.slice(at + 1))) {
    return refuse(
      `"${value}" is an e-mail address; the tenant is the domain after the @.`,
      value.slice(at + 1).toLowerCase(),
    );
  }
  if (/^[a-z0-9][a-z0-9-]{0,62}$/i.test(value) && !isGuid(value)) {
    return refuse(
      `"${value}" is not a whole domain.`,
      `${value.toLowerCase()}.onmicrosoft.com (or the Directory (tenant) ID, a GUID)`,
    );
  }
  return undefined;
}

/** `https://login.microsoftonline.com/{tenant}/…` → the tenant; a SharePoint host → its domain. */
function tenantInUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const first = decodeURIComponent(url.pathname.split('/')[1] ?? '').toLowerCase();
  if (/^login\./.test(url.hostname) && (isGuid(first) || DOMAIN.test(first))) return first;
  const sharePoint = /^([a-z0-9]+)(?:-admin|-my)?\.(sharepoint(?:-mil)?\.(?:com|us|cn))$/.exec(
    url.hostname,
  );
  return sharePoint ? `${sharePoint[1]}.${INITIAL_DOMAIN[sharePoint[2]!]}` : undefined;
}

/** Throws the first problem with the pair, as a {@link ProblemError}. */
export function checkAppChoice(
  app: { clientId: string; tenant: string },
  allowMultiTenant: boolean,
): { clientId: string; tenant: string } {
  const problem = clientIdProblem(app.clientId) ?? tenantProblem(app.tenant, allowMultiTenant);
  if (problem) throw new ProblemError(problem);
  return { clientId: app.clientId.trim().toLowerCase(), tenant: app.tenant.trim() };
}
