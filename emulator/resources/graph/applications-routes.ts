import { randomUUID } from 'node:crypto';
import { findApp } from '../../directory/app-registrations.js';
import type { AppRegistration } from '../../directory/app-registrations.js';
import { newPasswordCredential } from '../../directory/confidential-app.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { RequestContext, Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import { applySelect, selectParam } from '../odata-select.js';
import { applicationJson, passwordCredentialJson } from './application-json.js';
import { parseApplicationChanges } from './application-payload.js';
import type { ApplicationChanges } from './application-payload.js';
import {
  addGraphRoute,
  badRequest,
  graphContext,
  notFound,
  readGraphBody,
  sendNoContent,
} from './graph-route.js';
import type { GraphAccess } from './graph-route.js';
import { parseFilter } from './odata-filter.js';

/** Reading apps and service principals (Graph's permission table for `GET /applications`). */
export const readApplications: GraphAccess = {
  scopes: [
    'Application.Read.All',
    'Application.ReadWrite.All',
    'Directory.Read.All',
    'Directory.AccessAsUser.All',
  ],
  roles: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'],
};

/** Creating and changing apps and service principals. */
export const writeApplications: GraphAccess = {
  scopes: ['Application.ReadWrite.All', 'Directory.AccessAsUser.All'],
  roles: ['Application.ReadWrite.All'],
  adminOnly: true,
};

/** The tenant's own app registrations; first-party clients' application objects live elsewhere. */
function tenantApps(ctx: EmulatorContext): AppRegistration[] {
  return ctx.directory.apps.filter((app) => !app.firstParty);
}

/** Finds one of the tenant's apps by application id (`appId`), or Graph's 404. */
export function tenantAppByAppId(ctx: EmulatorContext, appId: string): AppRegistration {
  const app = findApp(tenantApps(ctx), appId);
  if (!app) throw notFound(appId);
  return app;
}

export function tenantAppById(ctx: EmulatorContext, id: string): AppRegistration {
  const app = tenantApps(ctx).find((a) => a.id === id.toLowerCase());
  if (!app) throw notFound(id);
  return app;
}

function toJson(ctx: EmulatorContext, app: AppRegistration) {
  return applicationJson(app, ctx.directory.tenants[0]?.domain ?? '');
}

/** Answers `GET` for one application, honouring `$select`. */
export function sendApplication(http: RequestContext, ctx: EmulatorContext, app: AppRegistration) {
  const select = selectParam(http.url);
  sendGraphJson(
    http,
    applySelect(
      { '@odata.context': graphContext(http, 'applications/$entity'), ...toJson(ctx, app) },
      select,
    ),
  );
}

/** Applies a `PATCH` body to an application and persists it; answers 204. */
export async function patchApplication(
  http: RequestContext,
  ctx: EmulatorContext,
  app: AppRegistration,
) {
  applyChanges(app, parseApplicationChanges(await readGraphBody(http), app));
  ctx.saveDirectory();
  sendNoContent(http);
}

/** Deletes an application with its service principal and everything granted to it; 204. */
export function deleteApplication(
  http: RequestContext,
  ctx: EmulatorContext,
  app: AppRegistration,
) {
  ctx.directory.apps = ctx.directory.apps.filter((a) => a !== app);
  ctx.directory.appRoleAssignments = ctx.directory.appRoleAssignments.filter(
    (a) => a.principalId !== app.servicePrincipalId,
  );
  ctx.consent.clearClient(app.appId);
  ctx.saveDirectory();
  sendNoContent(http);
}

function applyChanges(app: AppRegistration, changes: ApplicationChanges): void {
  Object.assign(
    app,
    Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  );
}

/**
 * Registers Graph's `/applications`: list (with `$filter`, `$select`), create, get, update,
 * delete, `addPassword` and `removePassword`, in Graph v1.0's shapes.
 */
export function addApplicationRoutes(router: Router, ctx: EmulatorContext): void {
  addGraphRoute(router, ctx, 'GET', '/applications', readApplications, (http) => {
    const matches = parseFilter(http.url.searchParams.get('$filter'));
    const select = selectParam(http.url);
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'applications'),
      value: tenantApps(ctx)
        .map((app) => toJson(ctx, app))
        .filter(matches)
        .map((app) => applySelect(app, select)),
    });
  });

  addGraphRoute(router, ctx, 'POST', '/applications', writeApplications, async (http) => {
    const changes = parseApplicationChanges(await readGraphBody(http));
    if (!changes.displayName)
      throw badRequest("A value is required for property 'displayName' of resource 'Application'.");
    const tenant = ctx.directory.tenants[0];
    if (!tenant) throw new Error('Sandbox directory has no tenant');
    const app: AppRegistration = {
      id: randomUUID(),
      appId: randomUUID(),
      tenantId: tenant.id,
      displayName: changes.displayName,
      createdDateTime: new Date().toISOString(),
      signInAudience: 'AzureADandPersonalMicrosoftAccount',
      isFallbackPublicClient: false,
      requiredResourceAccess: [],
      redirectUris: [],
      passwordCredentials: [],
    };
    applyChanges(app, changes);
    ctx.directory.apps.push(app);
    ctx.saveDirectory();
    sendGraphJson(
      http,
      { '@odata.context': graphContext(http, 'applications/$entity'), ...toJson(ctx, app) },
      201,
    );
  });

  const one = '/applications/:id';
  addGraphRoute(router, ctx, 'GET', one, readApplications, (http) =>
    sendApplication(http, ctx, tenantAppById(ctx, http.params.id ?? '')),
  );
  addGraphRoute(router, ctx, 'PATCH', one, writeApplications, (http) =>
    patchApplication(http, ctx, tenantAppById(ctx, http.params.id ?? '')),
  );
  addGraphRoute(router, ctx, 'DELETE', one, writeApplications, (http) =>
    deleteApplication(http, ctx, tenantAppById(ctx, http.params.id ?? '')),
  );

  addGraphRoute(router, ctx, 'POST', `${one}/addPassword`, writeApplications, async (http) => {
    const app = tenantAppById(ctx, http.params.id ?? '');
    const body = await readGraphBody(http);
    const wanted = (body.passwordCredential ?? {}) as Record<string, unknown>;
    const end = wanted.endDateTime;
    if (end !== undefined && (typeof end !== 'string' || Number.isNaN(Date.parse(end))))
      throw badRequest(
        "Invalid value specified for property 'endDateTime' of resource 'PasswordCredential'.",
      );
    const name = typeof wanted.displayName === 'string' ? wanted.displayName : null;
    const credential = newPasswordCredential(
      name,
      end === undefined ? undefined : new Date(end).toISOString(),
    );
    app.passwordCredentials.push(credential);
    ctx.saveDirectory();
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'microsoft.graph.passwordCredential'),
      ...passwordCredentialJson(credential, true),
    });
  });

  addGraphRoute(router, ctx, 'POST', `${one}/removePassword`, writeApplications, async (http) => {
    const app = tenantAppById(ctx, http.params.id ?? '');
    const { keyId } = await readGraphBody(http);
    const before = app.passwordCredentials.length;
    app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== keyId);
    if (app.passwordCredentials.length === before)
      throw badRequest(`No password credential found with keyId '${String(keyId)}'.`);
    ctx.saveDirectory();
    sendNoContent(http);
  });
}
