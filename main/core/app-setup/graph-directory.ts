/**
 * The slice of Microsoft Graph v1.0 app setup needs: applications, service principals,
 * delegated permission grants and app role assignments, typed as Graph returns them. Requests
 * go through the signed-in account's {@link HttpsClient}, so the cloud's CA and the proxy apply.
 */
import { isGuid } from '../app-registration-ids';
import { ProblemError } from '../errors/to-problem';
import type { HttpRequest, HttpsClient } from '../net/https-request';
import { graphProblem } from './graph-problem';

export interface ResourceAccess {
  id: string;
  type: 'Scope' | 'Role';
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: ResourceAccess[];
}

export interface GraphApplication {
  id: string;
  appId: string;
  displayName: string;
  isFallbackPublicClient: boolean | null;
  publicClient: { redirectUris: string[] };
  requiredResourceAccess: RequiredResourceAccess[];
}

/** A certificate on an app registration; `key` is only given when asked for with `$select`. */
export interface KeyCredential {
  keyId: string;
  type: string;
  usage: string;
  key?: string | null;
  displayName?: string | null;
  customKeyIdentifier?: string | null;
  endDateTime?: string;
}

export interface GraphServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  oauth2PermissionScopes: { id: string; value: string; type?: string }[];
  appRoles: { id: string; value: string }[];
}

export interface PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  resourceId: string;
}

/** The body of `POST /applications`, or the properties a `PATCH` changes. */
export type ApplicationChanges = Partial<
  Pick<GraphApplication, 'displayName' | 'isFallbackPublicClient' | 'requiredResourceAccess'>
> & { signInAudience?: 'AzureADMyOrg'; publicClient?: { redirectUris: string[] } };

interface Collection<T> {
  value: T[];
}

export interface GraphDirectoryDeps {
  http: HttpsClient;
  /** Graph's base URL in the cloud, e.g. `https://graph.microsoft.com`. */
  baseUrl: string;
  accessToken: string;
  /** How long a request may take (default 30 s). */
  timeoutMs?: number;
}

export class GraphDirectory {
  private readonly http: HttpsClient;
  private readonly baseUrl: string;
  private readonly accessToken: string;
  private readonly timeoutMs: number;

  constructor({ http, baseUrl, accessToken, timeoutMs = 30_000 }: GraphDirectoryDeps) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
    this.timeoutMs = timeoutMs;
  }

  async applicationByAppId(appId: string): Promise<GraphApplication | undefined> {
    const { value } = await this.get<Collection<GraphApplication>>(
      `/v1.0/applications?$filter=${filterByAppId(appId)}`,
      'look up the app registration',
    );
    return value[0];
  }

  createApplication(changes: ApplicationChanges): Promise<GraphApplication> {
    return this.send('POST', '/v1.0/applications', changes, 'create the app registration');
  }

  async updateApplication(id: string, changes: ApplicationChanges): Promise<void> {
    await this.send('PATCH', `/v1.0/applications/${guid(id)}`, changes, 'change the app');
  }

  async keyCredentials(id: string): Promise<KeyCredential[]> {
    const app = await this.get<{ keyCredentials?: KeyCredential[] }>(
      `/v1.0/applications/${guid(id)}?$select=keyCredentials`,
      'read the app’s certificates',
    );
    return app.keyCredentials ?? [];
  }

  /** Graph replaces the whole list: give every certificate that is to stay. */
  async setKeyCredentials(id: string, keyCredentials: Partial<KeyCredential>[]): Promise<void> {
    await this.send(
      'PATCH',
      `/v1.0/applications/${guid(id)}`,
      { keyCredentials },
      'change the app’s certificates',
    );
  }

  /** A new client secret; Graph gives its value (`secretText`) in this answer only. */
  addPassword(id: string, displayName: string): Promise<{ keyId: string; secretText: string }> {
    const body = { passwordCredential: { displayName } };
    return this.send('POST', `/v1.0/applications/${guid(id)}/addPassword`, body, 'add a secret');
  }

  async servicePrincipalByAppId(appId: string): Promise<GraphServicePrincipal | undefined> {
    const { value } = await this.get<Collection<GraphServicePrincipal>>(
      `/v1.0/servicePrincipals?$filter=${filterByAppId(appId)}`,
      'look up the service principal',
    );
    return value[0];
  }

  createServicePrincipal(appId: string): Promise<GraphServicePrincipal> {
    return this.send(
      'POST',
      '/v1.0/servicePrincipals',
      { appId: guid(appId) },
      'create the service principal',
    );
  }

  /** Delegated consent given to a client (by its service principal's object id). */
  async permissionGrants(clientSpId: string): Promise<PermissionGrant[]> {
    const filter = encodeURIComponent(`clientId eq '${guid(clientSpId)}'`);
    const { value } = await this.get<Collection<PermissionGrant>>(
      `/v1.0/oauth2PermissionGrants?$filter=${filter}`,
      'read the consent given to the app',
    );
    return value;
  }

  createPermissionGrant(grant: Omit<PermissionGrant, 'id'>): Promise<PermissionGrant> {
    // Tenant-wide grants name no principal: leave the property out, as Graph's examples do.
    const { principalId, ...rest } = grant;
    const body = principalId === null ? rest : grant;
    return this.send('POST', '/v1.0/oauth2PermissionGrants', body, 'grant consent');
  }

  async updatePermissionGrant(id: string, scope: string): Promise<void> {
    await this.send(
      'PATCH',
      `/v1.0/oauth2PermissionGrants/${encodeURIComponent(id)}`,
      { scope },
      'extend the consent',
    );
  }

  /** Application permissions the client's service principal holds. */
  async appRoleAssignments(clientSpId: string): Promise<AppRoleAssignment[]> {
    const { value } = await this.get<Collection<AppRoleAssignment>>(
      `/v1.0/servicePrincipals/${guid(clientSpId)}/appRoleAssignments`,
      'read the application permissions granted to the app',
    );
    return value;
  }

  assignAppRole(resourceSpId: string, principalId: string, appRoleId: string) {
    return this.send<AppRoleAssignment>(
      'POST',
      `/v1.0/servicePrincipals/${guid(resourceSpId)}/appRoleAssignedTo`,
      { principalId, resourceId: resourceSpId, appRoleId },
      'grant an application permission',
    );
  }

  /** The signed-in person's directory roles, by template id; throws for roles it may not read. */
  async myDirectoryRoleTemplateIds(): Promise<string[]> {
    const { value } = await this.get<Collection<{ roleTemplateId?: string | null }>>(
      '/v1.0/me/memberOf/microsoft.graph.directoryRole?$select=roleTemplateId',
      'read your directory roles',
    );
    const ids = value.flatMap((r) => (r.roleTemplateId ? [r.roleTemplateId] : []));
    // Graph's "limited information" for what the token may not read: no template id.
    if (ids.length === value.length) return ids;
    const message = 'Microsoft Graph listed directory roles this app may not read.';
    throw new ProblemError({ code: 'directory_roles_unreadable', message });
  }

  private get<T>(path: string, action: string): Promise<T> {
    return this.send('GET', path, undefined, action);
  }

  private async send<T>(
    method: HttpRequest['method'],
    path: string,
    body: unknown,
    action: string,
  ): Promise<T> {
    const res = await this.http.send({
      method,
      url: `${this.baseUrl.replace(/\/$/, '')}${path}`,
      headers: {
        authorization: `Bearer ${this.accessToken}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      timeoutMs: this.timeoutMs,
    });
    if (res.status >= 400) throw new ProblemError(graphProblem(res.status, res.text, action));
    return (res.text ? JSON.parse(res.text) : {}) as T;
  }
}

/** Ids go into URLs: only GUIDs, so nothing a person typed can change the request. */
function guid(value: string): string {
  if (!isGuid(value)) {
    throw new ProblemError({
      code: 'invalid_client_id',
      message: `"${value}" is not a GUID.`,
      hint: 'Copy the Application (client) ID from the app registration’s Overview page.',
    });
  }
  return value.trim().toLowerCase();
}

const filterByAppId = (appId: string) => encodeURIComponent(`appId eq '${guid(appId)}'`);
