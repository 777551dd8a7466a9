import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../emulator-context.js';
import type { AppRegistration } from './app-registrations.js';
import { microsoftServicePrincipalId } from './app-role-assignments.js';
import { resourceApis } from './resource-apis.js';
import type { ResourceApi } from './resource-apis.js';

/**
 * A service principal in the sandbox tenant: a Microsoft resource's (Graph, SharePoint, ...),
 * whose permissions come from the resource catalogue, or an application's (the sandbox apps,
 * first-party clients and apps created through Graph).
 */
export type ServicePrincipal =
  | { kind: 'resource'; id: string; appId: string; api: ResourceApi }
  | { kind: 'application'; id: string; appId: string; app: AppRegistration };

function tenantId(ctx: EmulatorContext): string {
  const tenant = ctx.directory.tenants[0];
  if (!tenant) throw new Error('Sandbox directory has no tenant');
  return tenant.id;
}

/** Object id of a resource's service principal in the sandbox tenant. */
export function resourceServicePrincipalId(ctx: EmulatorContext, api: ResourceApi): string {
  return microsoftServicePrincipalId(tenantId(ctx), api.appId);
}

/** Every service principal, resources first; an unprovisioned resource (Yammer) has none. */
export function listServicePrincipals(ctx: EmulatorContext): ServicePrincipal[] {
  const resources = resourceApis
    .filter((api) => !ctx.settings.unprovisionedResources.has(api.key))
    .map((api): ServicePrincipal => ({
      kind: 'resource',
      id: resourceServicePrincipalId(ctx, api),
      appId: api.appId,
      api,
    }));
  const apps = ctx.directory.apps.flatMap((app): ServicePrincipal[] =>
    app.servicePrincipalId
      ? [{ kind: 'application', id: app.servicePrincipalId, appId: app.appId, app }]
      : [],
  );
  return [...resources, ...apps];
}

/** Finds a service principal by object id. */
export function findServicePrincipal(
  ctx: EmulatorContext,
  id: string,
): ServicePrincipal | undefined {
  const wanted = id.toLowerCase();
  return listServicePrincipals(ctx).find((sp) => sp.id === wanted);
}

/** Finds the service principal of an application id. */
export function servicePrincipalOfApp(
  ctx: EmulatorContext,
  appId: string,
): ServicePrincipal | undefined {
  const wanted = appId.toLowerCase();
  return listServicePrincipals(ctx).find((sp) => sp.appId.toLowerCase() === wanted);
}

/** Creates the app's service principal if it has none (and persists it); returns its id. */
export function ensureServicePrincipal(ctx: EmulatorContext, app: AppRegistration): string {
  if (app.servicePrincipalId) return app.servicePrincipalId;
  app.servicePrincipalId = randomUUID();
  app.servicePrincipalCreatedDateTime = new Date().toISOString();
  ctx.saveDirectory();
  return app.servicePrincipalId;
}
