/**
 * The permission sets the setup wizard offers per service. `minimal` is exactly what the
 * service's panel asks for today (read from its definition in services/*, never copied);
 * `standard` and `full` add to it. Each level includes the one before.
 */
import type {
  AppSetupCatalog,
  PermissionInfo,
  PermissionLevel,
  ServiceChoice,
  ServiceId,
  ServicePermissionSets,
} from '../../../preload/contract';
import { microsoftClouds } from '../cloud-catalog';
import { NATIVE_CLIENT_REDIRECT_URI } from '../flows/sign-in-window-flow';
import { serviceById, serviceCatalog } from '../services/service-catalog';
import type { ServiceContext, ServiceDefinition } from '../services/service-definition';
import { SITE_DISCOVERY_SCOPE, sharePointTargetFrom } from '../sharepoint/sharepoint-target';
import { describePermission, type CatalogPermission } from './permission-meanings';
import { resourceApps, type ResourceKey } from './resource-apps';

/** Azure CLI: the first-party public client `m365 setup` signs in with, in every tenant. */
export const BOOTSTRAP_CLIENT_ID = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

/** "Mobile and desktop applications" redirect URIs: system browser (loopback) and sign-in window. */
export const SETUP_REDIRECT_URIS: readonly string[] = [
  'http://localhost',
  NATIVE_CLIENT_REDIRECT_URI,
];

export const permissionLevels: readonly PermissionLevel[] = ['minimal', 'standard', 'full'];

interface ServicePermissionPlan {
  /** The resource the service's own permissions belong to (Entra ID's is Microsoft Graph). */
  resource: ResourceKey;
  /** Other resources' delegated permissions the panel needs, part of `minimal`. */
  companions?: { resource: ResourceKey; value: string }[];
  /** Delegated permissions `standard` and `full` add. */
  adds: { standard: string[]; full: string[] };
  /** Application permissions each level adds; none where the resource publishes no app roles. */
  application?: Record<PermissionLevel, string[]>;
}

const plans: Readonly<Record<ServiceId, ServicePermissionPlan>> = {
  graph: {
    resource: 'graph',
    adds: {
      standard: ['User.ReadBasic.All', 'Organization.Read.All', 'ServiceHealth.Read.All'],
      full: ['User.Read.All', 'Directory.Read.All'],
    },
    application: {
      minimal: ['Organization.Read.All'],
      standard: ['User.Read.All', 'ServiceHealth.Read.All'],
      full: ['Directory.Read.All', 'Sites.Read.All'],
    },
  },
  sharepoint: {
    resource: 'sharepoint',
    // Connecting without a URL finds the tenant's root site through Graph.
    companions: [{ resource: 'graph', value: SITE_DISCOVERY_SCOPE }],
    adds: { standard: ['Sites.Search.All'], full: [] },
    application: {
      minimal: ['Sites.Read.All'],
      standard: ['Sites.ReadWrite.All'],
      full: ['Sites.FullControl.All'],
    },
  },
  entra: {
    resource: 'graph',
    adds: {
      standard: ['User.Read.All', 'Application.Read.All'],
      full: ['Directory.AccessAsUser.All', 'Application.ReadWrite.All'],
    },
    application: {
      minimal: ['Directory.Read.All'],
      standard: ['User.Read.All', 'Application.Read.All'],
      full: [],
    },
  },
  managementApi: {
    resource: 'managementApi',
    adds: { standard: ['ServiceHealth.Read'], full: [] },
    application: { minimal: ['ActivityFeed.Read'], standard: ['ServiceHealth.Read'], full: [] },
  },
  // Azure publishes no app roles: app-only access to Azure is an Azure RBAC role assignment.
  azureManagement: { resource: 'azureManagement', adds: { standard: [], full: [] } },
  // Microsoft offers Viva Engage no application permissions at all.
  vivaEngage: { resource: 'vivaEngage', adds: { standard: [], full: [] } },
};

/** Where a panel can connect: SharePoint asks more for its admin center than for a site. */
const publicCloud = microsoftClouds[0]!;
const places: readonly ServiceContext[] = [
  'https://contoso.sharepoint.com',
  'https://contoso-admin.sharepoint.com',
].map((url) => ({
  cloud: publicCloud,
  tenantId: 'organizations',
  sharePoint: sharePointTargetFrom(url, publicCloud),
}));

/** Every delegated permission the service's panel asks for, wherever it connects. */
export function panelScopes(service: ServiceDefinition): string[] {
  return [...new Set(places.flatMap((ctx) => service.delegatedScopes(ctx)))];
}

/** The service's own resource (Entra ID's is Microsoft Graph). */
export const resourceOfService = (serviceId: ServiceId) => resourceApps[plans[serviceId].resource];

/** The delegated and application permissions of one level, cumulative. */
export function levelPermissions(
  serviceId: ServiceId,
  level: PermissionLevel,
): CatalogPermission[] {
  const plan = plans[serviceId];
  const upTo = permissionLevels.slice(0, permissionLevels.indexOf(level) + 1);
  const own = (type: PermissionInfo['type'], value: string) =>
    describePermission(plan.resource, type, value);
  const delegated = [
    ...panelScopes(serviceById(serviceId)).map((value) => own('delegated', value)),
    ...(plan.companions ?? []).map((c) => describePermission(c.resource, 'delegated', c.value)),
    ...upTo.flatMap((l) => (l === 'minimal' ? [] : plan.adds[l]).map((v) => own('delegated', v))),
  ];
  const application = upTo.flatMap((l) =>
    (plan.application?.[l] ?? []).map((v) => own('application', v)),
  );
  return [...delegated, ...application];
}

/** What one choice of the person asks for: the level's delegated ones, and app roles if wanted. */
export function permissionsForChoice(choice: ServiceChoice): CatalogPermission[] {
  return levelPermissions(choice.serviceId, choice.level).filter(
    (p) => p.type === 'delegated' || choice.includeApplication,
  );
}

const applicationOffered = (serviceId: ServiceId) => Boolean(plans[serviceId].application);

/** A catalog permission as the wizard shows it; another resource's says whose it is. */
function asInfo(serviceId: ServiceId, permission: CatalogPermission): PermissionInfo {
  const { resource, ...info } = permission;
  return resource === plans[serviceId].resource
    ? info
    : { ...info, meaning: `${info.meaning} (a ${resourceApps[resource].label} permission)` };
}

export function appSetupCatalog(): AppSetupCatalog {
  const services: ServicePermissionSets[] = serviceCatalog.map((service) => ({
    serviceId: service.id,
    label: service.label,
    resourceAppId: resourceOfService(service.id).appId,
    levels: Object.fromEntries(
      permissionLevels.map((level) => [
        level,
        levelPermissions(service.id, level).map((p) => asInfo(service.id, p)),
      ]),
    ) as Record<PermissionLevel, PermissionInfo[]>,
    applicationPermissionsOffered: applicationOffered(service.id),
  }));
  return {
    services,
    redirectUris: [...SETUP_REDIRECT_URIS],
    bootstrapClientId: BOOTSTRAP_CLIENT_ID,
  };
}
