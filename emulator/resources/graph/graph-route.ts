import { microsoftGraph } from '../../directory/resource-apis.js';
import { isAdministrator } from '../../directory/users.js';
import type { EmulatorContext } from '../../emulator-context.js';
import { BodyError, readJsonObject } from '../../http/request-body.js';
import type { RequestContext, Router } from '../../http/router.js';
import { withBearer } from '../bearer-guard.js';
import type { BearerCaller } from '../bearer-guard.js';
import { graphFallback, sendGraphBearerFailure, sendGraphError } from '../graph-responses.js';
import type { GraphDenial } from '../graph-responses.js';

/** Path under the emulator URL where the Graph slice lives (ReadyInfo `resources.graph.baseUrl`). */
export const GRAPH_BASE_PATH = '/graph';

/** Where v1.0 routes are mounted. */
export const GRAPH_V1 = `${GRAPH_BASE_PATH}/v1.0`;

/** What a Graph endpoint demands of the caller, from Graph's permission tables. */
export interface GraphAccess {
  /** Delegated permissions, any one of which lets a user's token through. */
  scopes: readonly string[];
  /** Application permissions, any one of which lets an app-only token through. */
  roles: readonly string[];
  /**
   * A signed-in user must also hold an application admin role: in the sandbox tenant "Users
   * can register applications" is off, so directory writes need an administrator.
   */
  adminOnly?: boolean;
  /** How the endpoint words a 403 for a missing permission, where it differs. */
  denial?: GraphDenial;
  /** Any app-only token passes the guard: the handler decides (an app rolling its own keys). */
  appsDecideInHandler?: true;
}

/** A refusal in Graph's own words; thrown by handlers, answered by {@link addGraphRoute}. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A Graph endpoint's work once the caller is let through. */
export type GraphHandler = (http: RequestContext, caller: BearerCaller) => void | Promise<void>;

/**
 * Registers a Graph v1.0 endpoint (`path` relative to `/v1.0`). The bearer token is checked
 * like every resource does (signature, expiry, audience, then scopes or roles), then the
 * caller's directory role for writes; {@link GraphError}s and unreadable bodies are answered
 * in Graph's error shape.
 */
export function addGraphRoute(
  router: Router,
  ctx: EmulatorContext,
  method: string,
  path: string,
  access: GraphAccess,
  handler: GraphHandler,
): void {
  router.add(method, `${GRAPH_V1}${path}`, (http) =>
    withBearer(
      ctx,
      http,
      {
        audience: microsoftGraph.audience,
        anyOfScopes: access.scopes,
        anyOfRoles: access.roles,
        ...(access.appsDecideInHandler ? { appsByOwnRoles: true as const } : {}),
      },
      (h, failure) => sendGraphBearerFailure(h, failure, h.site.authority, access.denial),
      async (caller) => {
        try {
          if (access.adminOnly && caller.claims.idtyp !== 'app') {
            if (!caller.user || !isAdministrator(caller.user))
              throw new GraphError(
                403,
                'Authorization_RequestDenied',
                'Insufficient privileges to complete the operation.',
              );
          }
          await handler(http, caller);
        } catch (error) {
          if (error instanceof GraphError)
            return sendGraphError(http, error.status, error.code, error.message);
          if (error instanceof BodyError) return graphFallback.badBody(http, error);
          throw error;
        }
      },
    ),
  );
}

/** Reads a Graph request body (a JSON object). */
export function readGraphBody(http: RequestContext): Promise<Record<string, unknown>> {
  return readJsonObject(http.req);
}

/** The `@odata.context` of an answer, e.g. `applications/$entity`, under the host the client reached. */
export function graphContext(http: RequestContext, fragment: string): string {
  return http.site.publicUrl(`${GRAPH_V1}/$metadata#${fragment}`);
}

/** Graph's 404 for an object id nobody has. */
export function notFound(id: string): GraphError {
  return new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** Graph's 400 for a payload it cannot accept. */
export function badRequest(message: string): GraphError {
  return new GraphError(400, 'Request_BadRequest', message);
}

/** Sends 204 No Content, as Graph answers PATCH and DELETE. */
export function sendNoContent(http: RequestContext): void {
  http.res.writeHead(204, { 'cache-control': 'no-store' });
  http.res.end();
}
