import type { ConsentGrantRecord } from '../../directory/consent-grants.js';
import { findDelegatedScope, findResourceApi } from '../../directory/resource-apis.js';
import type { ResourceApi } from '../../directory/resource-apis.js';
import {
  findServicePrincipal,
  resourceServicePrincipalId,
  servicePrincipalOfApp,
} from '../../directory/service-principals.js';
import { findUserById } from '../../directory/users.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import {
  GraphError,
  addGraphRoute,
  badRequest,
  graphContext,
  notFound,
  readGraphBody,
  sendNoContent,
} from './graph-route.js';
import type { GraphAccess } from './graph-route.js';
import { parseFilter } from './odata-filter.js';

const readGrants: GraphAccess = {
  scopes: [
    'DelegatedPermissionGrant.ReadWrite.All',
    'Directory.Read.All',
    'Directory.AccessAsUser.All',
  ],
  roles: ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.Read.All'],
};

const writeGrants: GraphAccess = {
  scopes: ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.AccessAsUser.All'],
  roles: ['DelegatedPermissionGrant.ReadWrite.All'],
  adminOnly: true,
};

/** A stored grant with its Graph face. */
interface GrantView {
  record: ConsentGrantRecord;
  json: {
    clientId: string;
    consentType: 'AllPrincipals' | 'Principal';
    id: string;
    principalId: string | null;
    resourceId: string;
    scope: string;
  };
}

/** Like Entra's, a grant's id is its key: client, resource (and user) object ids, base64url. */
function grantId(clientId: string, resourceId: string, principalId: string | null): string {
  const bytes = (guid: string) => Buffer.from(guid.replaceAll('-', ''), 'hex');
  const parts = [clientId, resourceId, ...(principalId ? [principalId] : [])].map(bytes);
  return Buffer.concat(parts).toString('base64url');
}

function viewOf(ctx: EmulatorContext, record: ConsentGrantRecord): GrantView | undefined {
  const client = servicePrincipalOfApp(ctx, record.clientId);
  const api = findResourceApi(record.resourceAppId);
  if (!client || !api) return undefined;
  const consentType = record.consentType ?? 'Principal';
  const principalId = consentType === 'Principal' ? (record.userId ?? null) : null;
  const resourceId = resourceServicePrincipalId(ctx, api);
  return {
    record,
    json: {
      clientId: client.id,
      consentType,
      id: grantId(client.id, resourceId, principalId),
      principalId,
      resourceId,
      scope: record.scopes.join(' '),
    },
  };
}

function allGrants(ctx: EmulatorContext): GrantView[] {
  return ctx.consent.all().flatMap((record) => viewOf(ctx, record) ?? []);
}

function grantById(ctx: EmulatorContext, id: string): GrantView {
  const view = allGrants(ctx).find((g) => g.json.id === id);
  if (!view) throw notFound(id);
  return view;
}

const invalid = (property: string) =>
  badRequest(
    `Invalid value specified for property '${property}' of resource 'OAuth2PermissionGrant'.`,
  );

/** Canonical scope names from a space-separated `scope`; unknown ones are refused. */
function scopesOf(api: ResourceApi, scope: unknown): string[] {
  if (typeof scope !== 'string') throw invalid('scope');
  return scope
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => {
      const known = findDelegatedScope(api, name);
      if (!known) throw invalid('scope');
      return known.value;
    });
}

/**
 * Registers Graph's `/oauth2PermissionGrants`: the tenant's one store of delegated consent.
 * A grant created here is what sign-in honours, exactly like consent given on the sign-in
 * pages, and deleting one takes the scopes away from the next token request.
 */
export function addPermissionGrantRoutes(router: Router, ctx: EmulatorContext): void {
  const path = '/oauth2PermissionGrants';
  addGraphRoute(router, ctx, 'GET', path, readGrants, (http) => {
    const matches = parseFilter(http.url.searchParams.get('$filter'));
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'oauth2PermissionGrants'),
      value: allGrants(ctx)
        .map((g) => g.json)
        .filter(matches),
    });
  });

  addGraphRoute(router, ctx, 'POST', path, writeGrants, async (http) => {
    const body = await readGraphBody(http);
    const client = findServicePrincipal(ctx, String(body.clientId ?? ''));
    if (client?.kind !== 'application') throw invalid('clientId');
    const resource = findServicePrincipal(ctx, String(body.resourceId ?? ''));
    if (resource?.kind !== 'resource') throw invalid('resourceId');
    const scopes = scopesOf(resource.api, body.scope);
    const appId = client.app.appId;
    let userId: string | undefined;
    if (body.consentType === 'Principal') {
      const user = findUserById(ctx.directory.users, String(body.principalId ?? ''));
      if (!user) throw invalid('principalId');
      userId = user.id;
    } else if (body.consentType !== 'AllPrincipals' || (body.principalId ?? null) !== null) {
      throw invalid(body.consentType === 'AllPrincipals' ? 'principalId' : 'consentType');
    }
    if (ctx.consent.find(appId, resource.appId, userId))
      throw new GraphError(
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        'Permission entry already exists.',
      );
    if (userId === undefined) ctx.consent.setTenantWide(appId, resource.appId, scopes);
    else ctx.consent.setForUser(userId, appId, resource.appId, scopes);
    const created = ctx.consent.find(appId, resource.appId, userId);
    const view = created && viewOf(ctx, created);
    if (!view) throw new Error('Grant vanished after creation');
    sendGraphJson(
      http,
      { '@odata.context': graphContext(http, 'oauth2PermissionGrants/$entity'), ...view.json },
      201,
    );
  });

  const one = `${path}/:id`;
  addGraphRoute(router, ctx, 'GET', one, readGrants, (http) =>
    sendGraphJson(http, {
      '@odata.context': graphContext(http, 'oauth2PermissionGrants/$entity'),
      ...grantById(ctx, http.params.id ?? '').json,
    }),
  );

  addGraphRoute(router, ctx, 'PATCH', one, writeGrants, async (http) => {
    const { record } = grantById(ctx, http.params.id ?? '');
    const api = findResourceApi(record.resourceAppId);
    if (!api) throw notFound(http.params.id ?? '');
    const scopes = scopesOf(api, (await readGraphBody(http)).scope);
    if (record.consentType === 'AllPrincipals')
      ctx.consent.setTenantWide(record.clientId, record.resourceAppId, scopes);
    else ctx.consent.setForUser(record.userId ?? '', record.clientId, record.resourceAppId, scopes);
    sendNoContent(http);
  });

  addGraphRoute(router, ctx, 'DELETE', one, writeGrants, (http) => {
    ctx.consent.remove(grantById(ctx, http.params.id ?? '').record);
    sendNoContent(http);
  });
}
