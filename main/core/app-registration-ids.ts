/**
 * The checks every app registration id and tenant given by a person goes through, with the
 * message that says what to copy from where.
 */
import { ProblemError } from './errors/to-problem';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A verified domain such as `contoso.onmicrosoft.com` or `contoso.com`. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MULTI_TENANT = ['common', 'organizations', 'consumers'];

export const isGuid = (value: string): boolean => GUID.test(value.trim());

export function clientIdProblem(clientId: string) {
  const value = clientId.trim();
  if (!value) {
    return {
      code: 'client_id_required',
      message: 'Enter the Application (client) ID of your app registration.',
      hint: 'It is on the app registration’s Overview page in the Entra admin center.',
    };
  }
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
  if (isGuid(value) || DOMAIN.test(value)) return undefined;
  return {
    code: 'invalid_tenant',
    message: value
      ? `"${tenant.trim()}" is neither a tenant id (GUID) nor a domain.`
      : 'Enter your tenant id or domain.',
    hint: 'Use the Directory (tenant) ID from the app registration’s Overview page, or a domain such as contoso.onmicrosoft.com.',
  };
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
