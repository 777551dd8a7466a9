import { mkdirSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { addApprovalRoute } from './control/approval-route.js';
import { createEmulatorControl, sandboxApp } from './control/emulator-control.js';
import { addFailureControlRoutes } from './control/failure-control-routes.js';
import { RouteFaults } from './control/route-faults.js';
import { addTenantControlRoutes } from './control/tenant-control-routes.js';
import { addDirectoryRoleControlRoutes } from './control/directory-role-controls.js';
import { addVivaEngageSwitchRoute } from './control/viva-engage-switch.js';
import { loadOrCreateTlsMaterial } from './crypto/certificates.js';
import { loadOrCreateClientCertificate } from './crypto/client-certificate.js';
import { loadOrCreateSigningKey } from './crypto/signing-key.js';
import { findConfidentialApp } from './directory/confidential-app.js';
import { firstPartyClientIds } from './directory/first-party-clients.js';
import { ConsentGrants } from './directory/consent-grants.js';
import { loadOrSeedDirectory } from './directory/sandbox-directory.js';
import {
  sharePointAdminUrl,
  sharePointHosts,
  sharePointRootUrl,
} from './directory/sharepoint-tenant.js';
import { resourceApis } from './directory/resource-apis.js';
import type { ResourceKey } from './directory/resource-apis.js';
import { seedTenantConsent } from './directory/tenant-consent.js';
import type { EmulatorContext } from './emulator-context.js';
import { createRequestListener } from './http/request-listener.js';
import { Router } from './http/router.js';
import { AuthorizationCodes } from './identity/authorization-codes.js';
import { DeviceCodes } from './identity/device-codes.js';
import { addDeviceAuthorizationRoute } from './identity/device-authorization-route.js';
import { addDiscoveryRoutes } from './identity/discovery-routes.js';
import { RefreshTokens } from './identity/refresh-tokens.js';
import { addTokenRoute } from './identity/token-route.js';
import { addAdminConsentRoutes } from './pages/admin-consent-routes.js';
import { addAuthorizeRoutes } from './pages/authorize-routes.js';
import { addDeviceLoginRoutes } from './pages/device-login-routes.js';
import { addStylesheetRoute } from './pages/stylesheet.js';
import type {
  ReadyInfo,
  RequestLogEntry,
  ResourceEndpoint,
  RunningEmulator,
  StartEmulatorOptions,
} from './public-api.js';
import {
  AZURE_BASE_PATH,
  addAzureResourceManagerRoutes,
} from './resources/azure-resource-manager-api.js';
import { GRAPH_BASE_PATH, addGraphRoutes } from './resources/graph-api.js';
import { addGraphDirectoryRoutes } from './resources/graph/graph-directory-routes.js';
import {
  MANAGEMENT_BASE_PATH,
  addManagementActivityRoutes,
} from './resources/management-activity-api.js';
import {
  SHAREPOINT_BASE_PATH,
  addSharePointRoutes,
  sharePointHostSegment,
} from './resources/sharepoint-api.js';
import { YAMMER_BASE_PATH, addVivaEngageRoutes } from './resources/viva-engage-api.js';
import { sandboxHostRoutes } from './sandbox-hosts.js';
import { serviceFallbacks } from './service-fallbacks.js';
import { identityFallback } from './identity/identity-fallback.js';
import { startSandboxProxy } from './proxy/sandbox-proxy.js';
import { openGrantStateFile } from './store/grant-state-file.js';

/**
 * Starts the emulator on 127.0.0.1 over HTTPS, creating the CA, keys and sandbox tenant in
 * `dataDir` on first use and reusing them afterwards.
 */
export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tls = await loadOrCreateTlsMaterial(dataDir);
  const grantFile = openGrantStateFile(dataDir);
  const { directory, save: saveDirectory } = loadOrSeedDirectory(dataDir);
  const confidential = findConfidentialApp(directory.apps);
  if (!confidential) throw new Error('Sandbox directory has no confidential app');
  const ctx: EmulatorContext = {
    url: '',
    directory,
    saveDirectory,
    signingKey: await loadOrCreateSigningKey(dataDir),
    clientCertificate: {
      ...(await loadOrCreateClientCertificate(dataDir)),
      appId: confidential.appId,
    },
    consent: new ConsentGrants(grantFile),
    refreshTokens: new RefreshTokens(grantFile),
    deviceCodes: new DeviceCodes(),
    authorizationCodes: new AuthorizationCodes(),
    settings: {
      accessTokenLifetimeSeconds: 3600,
      deviceCodeIntervalSeconds: options.deviceCodeIntervalSeconds ?? 5,
      unprovisionedResources: new Set(
        options.vivaEngageProvisioned === false ? ['vivaEngage'] : [],
      ),
      latencyMs: 0,
      deviceCodeBlocked: false,
      resourceClockSkewSeconds: 0,
      usersMayConsent: true,
      expiredSecrets: new Set(),
      replicationDelayMs: 0,
      signInFailures: [],
      roleClaimsInTokens: true,
      memberOfRefusal: null,
      authorizeFailures: [],
    },
    issuedTokens: [],
    faults: new RouteFaults(),
  };
  // First start (or a data dir from before tenant-wide consent): one admin consent for all
  // services. Later starts keep whatever tests revoked.
  if (!ctx.consent.hasTenantWideGrants(sandboxApp(ctx).appId))
    seedTenantConsent(ctx.consent, sandboxApp(ctx));

  const router = new Router();
  addDiscoveryRoutes(router, ctx);
  addDeviceAuthorizationRoute(router, ctx);
  addTokenRoute(router, ctx);
  addApprovalRoute(router, ctx);
  addStylesheetRoute(router);
  addDeviceLoginRoutes(router, ctx);
  addAuthorizeRoutes(router, ctx);
  addAdminConsentRoutes(router, ctx);
  addVivaEngageSwitchRoute(router, ctx);
  addFailureControlRoutes(router, ctx);
  addTenantControlRoutes(router, ctx);
  addDirectoryRoleControlRoutes(router, ctx);
  // One module per resource API.
  addGraphRoutes(router, ctx);
  addGraphDirectoryRoutes(router, ctx);
  addSharePointRoutes(router, ctx);
  addManagementActivityRoutes(router, ctx);
  addAzureResourceManagerRoutes(router, ctx);
  addVivaEngageRoutes(router, ctx);

  const requestLog: RequestLogEntry[] = [];
  const listener = createRequestListener(router, {
    baseUrl: () => ctx.url,
    log: (entry) => requestLog.push(entry),
    onError: (error) => console.error('[emulator] internal error:', error),
    latencyMs: () => ctx.settings.latencyMs,
    faults: ctx.faults,
    controlSecret: options.controlSecret,
    hostRoutes: sandboxHostRoutes,
    trustProxyHeaders: options.trustProxyHeaders ?? false,
    fallbacks: serviceFallbacks,
    identity: identityFallback,
  });
  const server = createServer({ cert: tls.serverCertPem, key: tls.serverKeyPem }, listener);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  ctx.url = `https://127.0.0.1:${port}`;
  const hosts = sandboxHostRoutes.map((r) => r.host);
  const proxy =
    options.proxyPort === undefined
      ? undefined
      : await startSandboxProxy({
          port: options.proxyPort,
          hosts,
          cert: await tls.issueHostCertificate(hosts),
          listener,
        });

  return {
    info: { ...readyInfo(ctx, tls.caFile), ...(proxy ? { proxyUrl: proxy.url } : {}) },
    control: createEmulatorControl(ctx, requestLog),
    close: async () => {
      await proxy?.close();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive sockets from clients would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}

function readyInfo(ctx: EmulatorContext, caFile: string): ReadyInfo {
  const tenant = ctx.directory.tenants[0];
  const app = ctx.directory.apps[0];
  if (!tenant || !app) throw new Error('Sandbox directory has no tenant or app');
  return {
    ready: true,
    url: ctx.url,
    caFile,
    tenantId: tenant.id,
    tenantDomain: tenant.domain,
    publicClientId: app.appId,
    users: ctx.directory.users.map((u) => ({
      upn: u.userPrincipalName,
      password: u.password,
      displayName: u.displayName,
      roles: [...u.roles],
    })),
    resources: resourceEndpoints(ctx.url),
    sharepoint: {
      rootUrl: sharePointRootUrl,
      adminUrl: sharePointAdminUrl,
      rootBaseUrl: `${ctx.url}${sharePointBasePath.root}`,
      adminBaseUrl: `${ctx.url}${sharePointBasePath.admin}`,
    },
    confidentialClient: {
      clientId: ctx.clientCertificate.appId,
      secret: findConfidentialApp(ctx.directory.apps)?.passwordCredentials[0]?.value ?? '',
      certFile: ctx.clientCertificate.certFile,
      keyFile: ctx.clientCertificate.keyFile,
    },
    firstPartyClients: { ...firstPartyClientIds },
  };
}

const sharePointBasePath = {
  root: `${SHAREPOINT_BASE_PATH}/${sharePointHostSegment(sharePointHosts.root)}`,
  admin: `${SHAREPOINT_BASE_PATH}/${sharePointHostSegment(sharePointHosts.admin)}`,
};

/** Where each resource module is mounted; SharePoint's entry is its root host. */
const basePaths: Record<ResourceKey, string> = {
  graph: GRAPH_BASE_PATH,
  sharepoint: sharePointBasePath.root,
  managementApi: MANAGEMENT_BASE_PATH,
  azureManagement: AZURE_BASE_PATH,
  vivaEngage: YAMMER_BASE_PATH,
};

function resourceEndpoints(url: string): ReadyInfo['resources'] {
  const entries = resourceApis.map((api): [ResourceKey, ResourceEndpoint] => [
    api.key,
    { audience: api.audience, baseUrl: `${url}${basePaths[api.key]}` },
  ]);
  return Object.fromEntries(entries) as ReadyInfo['resources'];
}
