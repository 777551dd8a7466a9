import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestSite } from './request-site.js';

/** Fields a handler adds to the request log (the grant type and client of a token call, ...). */
export interface RequestLogFields {
  grantType?: string;
  clientId?: string;
  scope?: string;
}

/** What a route handler gets for one request. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The request URL with the emulator's own path (`/graph/v1.0/me` also when reached as graph.microsoft.com). */
  url: URL;
  /** Where the client reached us; answers name URLs through it. */
  site: RequestSite;
  /** Values of `:name` segments in the route template. */
  params: Record<string, string>;
  log: RequestLogFields;
}

/** A route handler; it writes the response itself. */
export type RouteHandler = (ctx: RequestContext) => void | Promise<void>;

/** A matched route, `notFound`, or the methods the path does accept. */
export type RouteMatch =
  | { handler: RouteHandler; params: Record<string, string> }
  | 'notFound'
  | { methodNotAllowed: string[] };

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

/**
 * Minimal method + path-template router (`/:tenant/oauth2/v2.0/token`). Literal segments
 * match case-insensitively because Entra's endpoints do.
 */
export class Router {
  private readonly routes: Route[] = [];

  /** Registers a handler for a method and a template such as `/graph/v1.0/me`. */
  add(method: string, template: string, handler: RouteHandler): this {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(template), handler });
    return this;
  }

  /**
   * Finds the route for a request. When the path exists only for other methods it says which,
   * so callers can answer 405 (or the service's equivalent) instead of 404.
   */
  match(method: string, pathname: string): RouteMatch {
    const parts = splitPath(pathname);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method.toUpperCase()) return { handler: route.handler, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { methodNotAllowed: [...new Set(allowed)] } : 'notFound';
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  if (template.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const want = template[i] ?? '';
    const got = parts[i] ?? '';
    if (want.startsWith(':')) {
      params[want.slice(1)] = safeDecode(got);
    } else if (want.toLowerCase() !== got.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
