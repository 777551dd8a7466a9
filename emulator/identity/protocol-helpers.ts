import { randomUUID } from 'node:crypto';
import { resolveTenantPath } from '../directory/tenants.js';
import type { ResolvedTenantPath } from '../directory/tenants.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext } from '../http/router.js';
import { sendJson } from '../http/responses.js';
import { AadstsError } from './aadsts-errors.js';

/** Resolves the route's `:tenant` segment or throws AADSTS90002 like Entra. */
export function requireTenantPath(ctx: EmulatorContext, http: RequestContext): ResolvedTenantPath {
  const segment = http.params.tenant ?? '';
  const resolved = resolveTenantPath(ctx.directory.tenants, segment);
  if (!resolved) throw new AadstsError(90002, { tenant: segment });
  return resolved;
}

/**
 * Runs a protocol handler and turns an {@link AadstsError} into Entra's JSON error answer,
 * echoing the caller's `client-request-id` as the correlation id like Entra does.
 */
export async function withAadstsErrors(
  http: RequestContext,
  handler: () => Promise<void> | void,
): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (!(error instanceof AadstsError)) throw error;
    sendAadstsError(http, error);
  }
}

/** Answers an {@link AadstsError} as Entra does, `error_uri` under the host the client reached. */
export function sendAadstsError(http: RequestContext, error: AadstsError): void {
  const header = http.req.headers['client-request-id'];
  const correlationId = typeof header === 'string' && header ? header : randomUUID();
  sendJson(http.res, error.status, error.toBody(http.site.authority, correlationId), {
    'x-ms-request-id': randomUUID(),
    'client-request-id': correlationId,
  });
}

/** Reads a required form parameter, or throws AADSTS900144 naming it. */
export function requireParam(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw new AadstsError(900144, { parameter: name });
  return value;
}
