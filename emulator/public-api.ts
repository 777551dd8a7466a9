import type { DirectoryRoleControl } from './control/directory-role-controls.js';
import type { SignInFailureControl } from './control/sign-in-failure-control.js';
/** Where one service's API is served and which token audience it expects. */
export interface ResourceEndpoint {
  /** The `aud` its access tokens carry, also the scope prefix (`{audience}/.default`). */
  audience: string;
  /** Where requests really go in the sandbox, no trailing slash. */
  baseUrl: string;
}

/** Exactly the JSON of the emulator's ready line. */
export interface ReadyInfo {
  ready: true;
  /** `https://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Absolute path of the CA certificate (PEM) clients must trust. */
  caFile: string;
  tenantId: string;
  tenantDomain: string;
  publicClientId: string;
  /** Sandbox accounts; `roles` are Entra role names ("Global Administrator", "SharePoint Administrator"). */
  users: { upn: string; password: string; displayName: string; roles: string[] }[];
  /** One entry per service; Entra ID's directory is reached through `graph`. */
  resources: {
    graph: ResourceEndpoint;
    /** The tenant's root SharePoint host; the admin host is in {@link ReadyInfo.sharepoint}. */
    sharepoint: ResourceEndpoint;
    managementApi: ResourceEndpoint;
    azureManagement: ResourceEndpoint;
    vivaEngage: ResourceEndpoint;
  };
  /**
   * The tenant's SharePoint hosts. `rootUrl`/`adminUrl` are what a person sees and types and
   * are the token audiences; requests go to the matching `*BaseUrl`, so
   * `${rootUrl}/sites/hr` is served at `${rootBaseUrl}/sites/hr`.
   */
  sharepoint: { rootUrl: string; adminUrl: string; rootBaseUrl: string; adminBaseUrl: string };
  /**
   * The sandbox's daemon app "M365 Desk app-only (sandbox)" for the client credentials grant
   * (authority must name the tenant). Its app roles: Graph User.Read.All,
   * Organization.Read.All, Sites.Read.All; SharePoint Sites.FullControl.All (certificate
   * only, as SharePoint refuses secret-based app tokens); Management ActivityFeed.Read.
   */
  confidentialClient: {
    clientId: string;
    secret: string;
    /** Absolute path of the registered certificate (PEM), self-signed RSA 2048. */
    certFile: string;
    /** Absolute path of its private key (PKCS#8 PEM). */
    keyFile: string;
  };
  /**
   * Microsoft's public clients, present in the tenant as in every real one, for bootstrapping
   * app setup through Graph. Azure CLI and Azure PowerShell are pre-authorized (no consent
   * prompt) for User.Read, User.Read.All, Directory.Read.All, Directory.AccessAsUser.All,
   * Application.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All and
   * AppRoleAssignment.ReadWrite.All on Graph (other scopes: AADSTS65002); Graph Command Line
   * Tools asks for consent like any app.
   */
  firstPartyClients: { azureCli: string; azurePowerShell: string; graphCommandLineTools: string };
  /**
   * `http://127.0.0.1:PORT`, only when started with a proxy port: the HTTPS proxy
   * (`HTTPS_PROXY`) that answers for Microsoft's host names the sandbox serves
   * (`login.microsoftonline.com`, `graph.microsoft.com`, the tenant's SharePoint hosts,
   * `manage.office.com`, `management.azure.com`, `api.yammer.com`, `www.yammer.com`) with
   * certificates from `caFile`, and refuses every other host.
   */
  proxyUrl?: string;
}

/** One handled request, for tests that assert on protocol traffic. */
export interface RequestLogEntry {
  method: string;
  path: string;
  grantType?: string;
  clientId?: string;
  scope?: string;
  status: number;
}

/** Where a scripted network fault strikes: the token or device code endpoint, or one service's API. */
export type FaultRoute =
  | 'token'
  | 'devicecode'
  | 'graph'
  | 'sharepoint'
  | 'managementApi'
  | 'azureManagement'
  | 'vivaEngage';

/**
 * What the next request on a route meets: `reset`, its connection destroyed before any answer;
 * `hang`, read and then held unanswered until {@link EmulatorControl.releaseHeld} (then answered
 * as usual) or until the client gives up; `status`, an answer with that status (429 or 5xx) in
 * the service's own error shape, with `Retry-After` when `retryAfterSeconds` is given.
 */
export type RouteFault =
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; retryAfterSeconds?: number };

/** Test and tooling hooks into a running emulator. */
export interface EmulatorControl extends SignInFailureControl, DirectoryRoleControl {
  /** Every access/refresh/id token string issued so far (tests assert none leaked). */
  issuedTokens(): string[];
  /** Log of handled requests, oldest first. */
  requests(): RequestLogEntry[];
  /** Lifetime of access and id tokens issued from now on; default 3600. */
  setAccessTokenLifetime(seconds: number): void;
  /** Polling interval returned by `/devicecode` from now on. */
  setDeviceCodeInterval(seconds: number): void;
  /** Same as `POST /_emulator/device/approve`; false for an unknown code or user. */
  approveDeviceCode(userCode: string, upn: string): boolean;
  /** Revokes the user's refresh tokens; their next use fails with AADSTS50173. */
  revokeRefreshTokens(upn: string): void;
  /** Delay every answer by `ms` (a stand-in for network latency in benchmarks and tests). */
  setLatency(ms: number): void;
  /**
   * Provisions or removes Viva Engage (Yammer) in the tenant; same as
   * `POST /_emulator/viva-engage {"provisioned": false}` or the CLI's `--no-viva-engage`.
   * While unprovisioned, token requests for `https://api.yammer.com` scopes fail with
   * AADSTS500011 (`invalid_resource`) and the Yammer API answers 404.
   */
  setVivaEngageProvisioned(provisioned: boolean): void;
  /**
   * Removes one scope from the sandbox app's tenant-wide (AllPrincipals) consent on the
   * resource named by `audience` (e.g. `https://manage.office.com`, `ActivityFeed.Read`).
   * Token requests that need it then fail with AADSTS65001 / `consent_required`, unless a
   * user consents again. Throws for an unknown resource or scope.
   */
  revokeTenantConsent(audience: string, scope: string): void;
  /**
   * Restores consent as seeded: the tenant-wide grant for everything the sandbox app
   * requires, and no per-user grants.
   */
  resetConsent(): void;
  /**
   * Makes the user's current refresh tokens expire as if unused for 90 days: their next use
   * fails with AADSTS700082 (`invalid_grant`, "expired due to inactivity"). Tokens issued
   * afterwards work. Same as `POST /_emulator/refresh-tokens/expire {"upn": "..."}`.
   */
  expireRefreshTokens(upn: string): void;
  /**
   * Switches a Conditional Access policy that blocks the device code flow. While on, a device
   * code the user approved fails at the token endpoint with AADSTS53003
   * (`interaction_required`, suberror `message_only`). Same as
   * `POST /_emulator/conditional-access {"blockDeviceCode": true}`.
   */
  blockDeviceCode(blocked: boolean): void;
  /**
   * Turns an app's "Allow public client flows" on or off (persisted, like the same change
   * through Graph `PATCH /applications`); while off, redeeming a device code or an
   * authorization code and refreshing fail with AADSTS7000218 (`invalid_client`), as in Entra
   * (`/devicecode` itself still answers). Throws for an unknown client id. Same as
   * `POST /_emulator/public-client-flows {"clientId", "enabled"}`.
   */
  setPublicClientFlows(clientId: string, enabled: boolean): void;
  /**
   * Makes the next `count` token endpoint requests fail with `status` (429 throttling or
   * 5xx outage), with a `Retry-After` header when `retryAfterSeconds` is given, so clients'
   * throttling and retry handling can be tested. Same as
   * `POST /_emulator/token-failures {"count", "status", "retryAfterSeconds"}`.
   */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  /**
   * The next `count` (default 1) requests on `route` meet `fault`, oldest scripted first; for
   * `token` a `status` fault is `failNext`. Throws for an unknown route or a status that is not
   * 429 or 5xx. Same as `POST /_emulator/route-faults {"route", "kind", "status",
   * "retryAfterSeconds", "count"}`.
   */
  faultNext(route: FaultRoute, fault: RouteFault, count?: number): void;
  /** Lets every request held by a `hang` fault go on to its usual answer; says how many. */
  releaseHeld(): number;
  /**
   * The service APIs' clock runs `seconds` ahead of the token service (negative: behind), so
   * they judge tokens' expiry by it: 0 (default) is no skew. Same as
   * `POST /_emulator/resource-clock {"skewSeconds"}`.
   */
  setResourceClockSkew(seconds: number): void;
  /**
   * Expires the confidential app's client secret: client credentials with it then fail with
   * AADSTS7000222 (`invalid_client`); the certificate keeps working. Not persisted.
   */
  expireClientSecret(): void;
  /**
   * Ends a pending device code early, so a polling client meets what ends a device code flow:
   * `expire` (its lifetime is up: `expired_token`, AADSTS70019) or `forget` (the service no
   * longer knows it, as after a restart: `bad_verification_code`, AADSTS70018). False for an
   * unknown code. In-process only.
   */
  endDeviceCode(userCode: string, how: 'expire' | 'forget'): boolean;
  /**
   * The tenant's consent policy, "users may consent to apps" (default true): users may grant
   * delegated permissions that do not need an admin (`type: 'User'`, e.g. User.Read). False:
   * every consent needs an administrator, so a plain user's sign-in that needs consent fails
   * with AADSTS90094 (browser) or "Need admin approval" (device login page), while grants that
   * exist (tenant-wide, or given earlier) keep working. Until restart. Same as
   * `POST /_emulator/consent-policy {"usersMayConsent": false}`.
   */
  setUsersMayConsent(allowed: boolean): void;
  /**
   * Stands in for Entra's directory replication: apps created through Graph (and, for client
   * credentials, their service principals) are unknown to sign-in (AADSTS700016, also on the
   * authorize and admin consent pages) until `ms` after their creation; Graph sees them at
   * once. 0 (default) turns it off. Until restart. Same as
   * `POST /_emulator/replication-delay {"ms": 30000}`.
   */
  setReplicationDelay(ms: number): void;
  /**
   * Removes a redirect URI from an app registration (any platform; persisted), so sign-in with
   * it fails with AADSTS50011. Throws for an unknown app or URI. Same as
   * `POST /_emulator/redirect-uris/remove {"clientId", "redirectUri"}`.
   */
  removeRedirectUri(clientId: string, redirectUri: string): void;
}

/** A started emulator. */
export interface RunningEmulator {
  info: ReadyInfo;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** Options for {@link startEmulator}. */
export interface StartEmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Directory for the CA, keys, seeded tenant and grants; created if missing. */
  dataDir: string;
  /** Initial device code polling interval; default 5 like Entra. */
  deviceCodeIntervalSeconds?: number;
  /** Whether Viva Engage (Yammer) is provisioned at start; default true. */
  vivaEngageProvisioned?: boolean;
  /**
   * When set, every `/_emulator/*` request must carry exactly this in the
   * `x-emulator-control-secret` header, or it is refused (403 `control_secret_required`) and
   * nothing changes; the identity endpoints, pages and APIs are not affected. Unset (default):
   * the control routes answer any local process, as tests, the CLI and scripts expect. The
   * app's in-process sandbox sets a fresh random one per run and tells no one.
   */
  controlSecret?: string;
  /** Also start the sandbox's HTTPS proxy on this 127.0.0.1 port (0: any); ready line `proxyUrl`. */
  proxyPort?: number;
  /**
   * Believe `X-Forwarded-Host` and `Forwarded: host=` when naming the host a request reached
   * (the emulator sits behind a reverse proxy you run). Default false: only the Host header.
   */
  trustProxyHeaders?: boolean;
}
