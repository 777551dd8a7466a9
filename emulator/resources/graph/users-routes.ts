import type { User } from '../../directory/users.js';
import type { EmulatorContext } from '../../emulator-context.js';
import type { RequestContext, Router } from '../../http/router.js';
import { sendGraphJson } from '../graph-responses.js';
import { applySelect, selectParam } from '../odata-select.js';
import { GRAPH_V1, GraphError, addGraphRoute, graphContext, notFound } from './graph-route.js';

/** Graph's page size for `/users` when `$top` is absent. */
const DEFAULT_PAGE_SIZE = 100;

/** Delegated permissions that read other users, from Graph's permission tables. */
const readUsers = [
  'User.ReadBasic.All',
  'User.Read.All',
  'Directory.Read.All',
  'Directory.AccessAsUser.All',
];
/** Application permissions that read users. */
const readUsersAsApp = ['User.Read.All', 'Directory.Read.All'];

/**
 * Registers `GET /v1.0/users` (paged, `$select`) and `GET /v1.0/users/{id | userPrincipalName}`.
 * Members may read the directory by default, so the token's scope is the only gate; with
 * User.Read alone a user reads only themselves, as in Graph.
 */
export function addUserRoutes(router: Router, ctx: EmulatorContext): void {
  const access = { scopes: readUsers, roles: readUsersAsApp };
  addGraphRoute(router, ctx, 'GET', '/users', access, (http, { claims }) => {
    const page = pageOf(http.url);
    const users = ctx.directory.users.filter((u) => u.tenantId === claims.tid);
    const slice = users.slice(page.skip, page.skip + page.top);
    const next = page.skip + page.top;
    const select = selectParam(http.url);
    sendGraphJson(http, {
      '@odata.context': graphContext(http, `users${selected(select)}`),
      ...(next < users.length ? { '@odata.nextLink': nextLink(http, page.top, next, select) } : {}),
      value: slice.map((user) => applySelect(graphUser(user), select)),
    });
  });

  const self = { scopes: [...readUsers, 'User.Read'], roles: readUsersAsApp };
  addGraphRoute(router, ctx, 'GET', '/users/:id', self, (http, { claims }) => {
    const key = http.params.id ?? '';
    const user = ctx.directory.users.find(
      (u) =>
        u.tenantId === claims.tid &&
        (u.id === key.toLowerCase() || u.userPrincipalName.toLowerCase() === key.toLowerCase()),
    );
    const scopes = new Set((claims.scp ?? '').toLowerCase().split(' '));
    const mayReadOthers =
      claims.idtyp === 'app' || readUsers.some((s) => scopes.has(s.toLowerCase()));
    if (!mayReadOthers && user?.id !== claims.oid)
      throw new GraphError(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    if (!user) throw notFound(key);
    sendGraphUser(http, user);
  });
}

/** Sends one user (`/me`, `/users/{id}`) with `$select` applied and named in `@odata.context`. */
export function sendGraphUser(http: RequestContext, user: User): void {
  const select = selectParam(http.url);
  sendGraphJson(
    http,
    applySelect(
      {
        '@odata.context': graphContext(http, `users${selected(select)}/$entity`),
        ...graphUser(user),
      },
      select,
    ),
  );
}

/** A user with Graph's default `$select` set, as `/me` and `/users` return it. */
function graphUser(user: User): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.userPrincipalName,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/** `(a,b)` for a `$select`, as Graph writes it into `@odata.context`. */
function selected(select: string | undefined): string {
  const names = (select ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 ? `(${names.join(',')})` : '';
}

function nextLink(http: RequestContext, top: number, offset: number, select?: string): string {
  const query = [
    ...(select ? [`$select=${encodeURIComponent(select)}`] : []),
    `$top=${top}`,
    `$skiptoken=${Buffer.from(String(offset)).toString('base64url')}`,
  ];
  return http.site.publicUrl(`${GRAPH_V1}/users?${query.join('&')}`);
}

/** `$top` and the opaque `$skiptoken` of a `/users` page; a bad `$top` is Graph's 400. */
function pageOf(url: URL): { top: number; skip: number } {
  const topParam = url.searchParams.get('$top');
  const top = topParam === null ? DEFAULT_PAGE_SIZE : Number(topParam);
  if (!Number.isInteger(top) || top < 1 || top > 999)
    throw new GraphError(
      400,
      'Request_UnsupportedQuery',
      `Invalid page size specified: '${topParam ?? ''}'. Must be between 1 and 999 inclusive.`,
    );
  const token = url.searchParams.get('$skiptoken');
  const skip = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) || 0 : 0;
  return { top, skip: Math.max(0, skip) };
}
