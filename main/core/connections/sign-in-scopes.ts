/** The scopes a sign-in asks for, qualified by the cloud's resource (or refused there). */
import {
  qualifiedScopes,
  type ServiceContext,
  type ServiceDefinition,
} from '../services/service-definition';
import { notInCloud } from './connection-problems';

/** The service's scopes in this cloud; a service the cloud lacks is refused before sign-in. */
export function scopesOrRefuse(service: ServiceDefinition, ctx: ServiceContext): string[] {
  if (!service.resource(ctx)) throw notInCloud(service, ctx);
  return qualifiedScopes(service, ctx);
}

/** Graph scopes by their full name in this cloud (e.g. for finding SharePoint's root site). */
export function graphScopes(ctx: ServiceContext, scopes: string[]): string[] {
  const audience = ctx.cloud.resources.graph?.audience;
  return audience ? scopes.map((s) => `${audience}/${s}`) : scopes;
}
