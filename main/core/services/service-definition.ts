/**
 * What the app knows about one Microsoft 365 service: which resource its tokens are for in a
 * given cloud and tenant, the delegated scopes it asks for (least privilege), and its probe.
 */
import type { ServiceId, SharePointTarget } from '../../../preload/contract';
import type { CloudEndpoints, ResourceEndpoint } from '../cloud-catalog';

/** Everything a service needs to name its resource and probe. */
export interface ServiceContext {
  cloud: CloudEndpoints;
  tenantId: string;
  sharePoint?: SharePointTarget;
}

export interface ServiceProbe {
  /** Shown to the person, e.g. `GET /v1.0/me`. */
  label(ctx: ServiceContext): string;
  /** Appended to the resource's base URL. */
  path(ctx: ServiceContext): string;
  /** One line from a successful response body for the panel. */
  summarize(body: unknown): string;
}

export interface ServiceDefinition {
  id: ServiceId;
  label: string;
  description: string;
  /** Which kind of account can use it, in one sentence: said while a person signs in. */
  accountNeed: string;
  appOnlySupported: boolean;
  appOnlyNote?: string;
  needsSiteUrl: boolean;
  /** The token audience and request base, or undefined where the cloud lacks the service. */
  resource(ctx: ServiceContext): ResourceEndpoint | undefined;
  /** Delegated permissions, short form (`User.Read`). */
  delegatedScopes(ctx: ServiceContext): readonly string[];
  probe: ServiceProbe;
  /** The probe for app-only tokens, where the delegated one needs a person (Graph `/me`). */
  appOnlyProbe?: ServiceProbe;
  /**
   * When the service refuses a signed-in person whose token carries the permission (HTTP 403):
   * what they may not do and which roles may, as Microsoft documents it for the service.
   */
  refusal?(ctx: ServiceContext): RoleRefusal;
}

/** "… may not {action}, … that needs {roles}. … or ask {ask} to give it to them." */
export interface RoleRefusal {
  action: string;
  roles: string;
  /** Who gives it; an administrator unless said. */
  ask?: string;
}

/** A string field of a JSON body, if it is one. */
export function stringField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The `value` array of an OData collection (or the body itself when it is an array). */
export function collection(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const value = (body as { value?: unknown } | null | undefined)?.value;
  return Array.isArray(value) ? value : [];
}

/** `User.Read` → `https://graph.microsoft.com/User.Read`. */
export function qualifiedScopes(service: ServiceDefinition, ctx: ServiceContext): string[] {
  const resource = service.resource(ctx);
  if (!resource) return [];
  const audience = resource.audience.replace(/\/$/, '');
  return service.delegatedScopes(ctx).map((scope) => `${audience}/${scope}`);
}
