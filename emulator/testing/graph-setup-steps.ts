import type { AppSetupFixture } from './app-setup-fixture.js';
import { setupApplicationPayload } from './app-setup-fixture.js';

/** A resource's service principal as the setup steps read it. */
export interface ServicePrincipalJson {
  id: string;
  oauth2PermissionScopes: { id: string; value: string }[];
  appRoles: { id: string; value: string }[];
}

/** An app created by {@link graphSetupSteps}: object id, appId and service principal id. */
export interface CreatedApp {
  id: string;
  appId: string;
  spId: string;
}

/** The Graph calls `m365 setup` makes, one function per step, for tests to compose. */
export function graphSetupSteps(f: AppSetupFixture) {
  const servicePrincipal = async (token: string, appId: string) => {
    const { value } = await f.graphOk<{ value: ServicePrincipalJson[] }>(
      'GET',
      `/v1.0/servicePrincipals?$filter=appId eq '${appId}'`,
      token,
    );
    if (!value[0]) throw new Error(`No service principal for ${appId}`);
    return value[0];
  };

  /**
   * Creates an app asking for delegated `scopes` per resource app id (ids resolved from the
   * resources' service principals, as m365 setup does) and its service principal.
   */
  const createApp = async (
    token: string,
    displayName: string,
    scopes: Record<string, string[]>,
    extra: Record<string, unknown> = {},
  ): Promise<CreatedApp> => {
    const requiredResourceAccess = await Promise.all(
      Object.entries(scopes).map(async ([resourceAppId, names]) => {
        const sp = await servicePrincipal(token, resourceAppId);
        return {
          resourceAppId,
          resourceAccess: names.map((name) => ({
            id: sp.oauth2PermissionScopes.find((s) => s.value === name)?.id,
            type: 'Scope',
          })),
        };
      }),
    );
    const app = await f.graphOk<{ id: string; appId: string }>(
      'POST',
      '/v1.0/applications',
      token,
      {
        ...setupApplicationPayload(displayName, requiredResourceAccess),
        ...extra,
      },
    );
    const sp = await f.graphOk<{ id: string }>('POST', '/v1.0/servicePrincipals', token, {
      appId: app.appId,
    });
    return { ...app, spId: sp.id };
  };

  /** Tenant-wide admin consent, as `POST /oauth2PermissionGrants` with AllPrincipals. */
  const grantTenantWide = async (
    token: string,
    clientSpId: string,
    resourceAppId: string,
    scope: string,
  ) => {
    const resource = await servicePrincipal(token, resourceAppId);
    return f.graphOk<{ id: string }>('POST', '/v1.0/oauth2PermissionGrants', token, {
      clientId: clientSpId,
      consentType: 'AllPrincipals',
      resourceId: resource.id,
      scope,
    });
  };

  /** Grants an application permission, as `POST /servicePrincipals/{id}/appRoleAssignedTo`. */
  const assignAppRole = async (
    token: string,
    clientSpId: string,
    resourceAppId: string,
    role: string,
  ) => {
    const resource = await servicePrincipal(token, resourceAppId);
    const appRoleId = resource.appRoles.find((r) => r.value === role)?.id;
    return f.graph('POST', `/v1.0/servicePrincipals/${resource.id}/appRoleAssignedTo`, token, {
      principalId: clientSpId,
      resourceId: resource.id,
      appRoleId,
    });
  };

  return { servicePrincipal, createApp, grantTenantWide, assignAppRole };
}
