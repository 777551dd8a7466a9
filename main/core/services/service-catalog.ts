/** The services the dashboard shows, in the order it shows them. */
import type { ServiceId } from '../../../preload/contract';
import { azureManagementService } from './azure-management-service';
import { entraService } from './entra-service';
import { graphService } from './graph-service';
import { managementApiService } from './management-api-service';
import type { ServiceDefinition } from './service-definition';
import { sharePointService } from './sharepoint-service';
import { vivaEngageService } from './viva-engage-service';

export const serviceCatalog: readonly ServiceDefinition[] = [
  graphService,
  sharePointService,
  entraService,
  managementApiService,
  azureManagementService,
  vivaEngageService,
];

export function serviceById(id: ServiceId): ServiceDefinition {
  const service = serviceCatalog.find((s) => s.id === id);
  if (!service) throw new Error(`No service definition for ${id}`);
  return service;
}
