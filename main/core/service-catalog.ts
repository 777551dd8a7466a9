/**
 * The Microsoft 365 services the dashboard connects to: what each one is, which resource its
 * tokens are for, which delegated scopes it asks for (least privilege), and how to probe it.
 */
import type { ServiceId } from '../../preload/contract';
import type { CloudEndpoints, ResourceEndpoint } from './cloud-catalog';

export interface ServiceProbe {
  /** Shown to the person, e.g. `GET /v1.0/me`. */
  label: string;
  path: string;
  /** One line from the response body for the panel. */
  summarize(body: unknown): string;
}

export interface ServiceDefinition {
  id: ServiceId;
  label: string;
  description: string;
  resource(cloud: CloudEndpoints): ResourceEndpoint;
  /** Delegated permissions, short form (`User.Read`); qualified with the audience when asked. */
  delegatedScopes: readonly string[];
  probe: ServiceProbe;
}

const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : undefined;
};

export const graphService: ServiceDefinition = {
  id: 'graph',
  label: 'Microsoft Graph',
  description: 'Users, groups, mail, Teams and most of Microsoft 365 through one API.',
  resource: (cloud) => cloud.graph,
  delegatedScopes: ['User.Read'],
  probe: {
    label: 'GET /v1.0/me',
    path: '/v1.0/me',
    summarize: (body) => {
      const name = field(body, 'displayName') ?? 'Signed-in user';
      const upn = field(body, 'userPrincipalName');
      return upn ? `${name} (${upn})` : name;
    },
  },
};

export const serviceCatalog: readonly ServiceDefinition[] = [graphService];

export function serviceById(id: ServiceId): ServiceDefinition {
  const service = serviceCatalog.find((s) => s.id === id);
  if (!service) throw new Error(`No service definition for ${id}`);
  return service;
}

/** Fully qualified scopes for a token request, e.g. `https://graph.microsoft.com/User.Read`. */
export function scopesFor(service: ServiceDefinition, cloud: CloudEndpoints): string[] {
  const audience = service.resource(cloud).audience.replace(/\/$/, '');
  return service.delegatedScopes.map((scope) => `${audience}/${scope}`);
}
