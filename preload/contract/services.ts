/**
 * The services a person connects (Graph, SharePoint, ...): each one's state, its token's
 * non-secret claims and last probe, and the `service.*` and `sharepoint.*` commands.
 */
import { z } from 'zod';
import {
  CloudId,
  ConnectionId,
  ConnectionRef,
  Empty,
  ServiceId,
  ServiceRef,
  SignedInWith,
  SiteUrlInput,
  SiteUrlText,
} from './ids';
import { Problem } from './problem';
import { EffectivePermissions } from './permissions';

export const ServiceState = z.enum([
  'disconnected',
  'connecting',
  'connected',
  /**
   * Signed in, and the token carries the permission, yet the service refused the live probe
   * (HTTP 403): delegated access is limited to what the person's own role allows. Not healthy.
   */
  'access-denied',
  'needs-sign-in',
  /** Signed in, but a permission this service needs has not been consented to. */
  'consent-needed',
  /** The tenant does not have this service (e.g. Viva Engage not provisioned, AADSTS500011). */
  'not-available',
  'error',
]);
export type ServiceState = z.infer<typeof ServiceState>;

export const ProbeResult = z.object({
  ok: z.boolean(),
  /** e.g. `GET /v1.0/me` */
  request: z.string(),
  status: z.number().int(),
  latencyMs: z.number().nonnegative(),
  /** One line for the panel, e.g. "Megan Bowen (megan@contoso.example)" or the service's error. */
  summary: z.string(),
  checkedAt: z.iso.datetime(),
});
export type ProbeResult = z.infer<typeof ProbeResult>;

export const AccountSummary = z.object({
  username: z.string(),
  displayName: z.string(),
  tenantId: z.string(),
  /** How and when the connection last signed in; absent when its record predates this. */
  signedInWith: SignedInWith.optional(),
  signedInAt: z.string().optional(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/** The decoded, non-secret claims of an access token: what it is for, never the token. */
export const TokenDetails = z.object({
  audience: z.string(),
  tokenType: z.enum(['delegated', 'app-only']),
  scopes: z.array(z.string()),
  roles: z.array(z.string()),
  tenantId: z.string(),
  appId: z.string().optional(),
  issuedAt: z.iso.datetime().optional(),
  expiresAt: z.iso.datetime().optional(),
  /** `amr`: how the person authenticated, e.g. `pwd`, `mfa`. */
  authMethods: z.array(z.string()),
  version: z.string().optional(),
});
export type TokenDetails = z.infer<typeof TokenDetails>;

export const SharePointTarget = z.object({
  /** What the person gave (normalised), e.g. `https://contoso.sharepoint.com/sites/hr`. */
  siteUrl: z.url(),
  rootUrl: z.url(),
  adminUrl: z.url(),
  tenantName: z.string(),
  /** Whether `siteUrl` is the SharePoint admin center. */
  isAdmin: z.boolean(),
});
export type SharePointTarget = z.infer<typeof SharePointTarget>;

export const ServiceStatus = z.object({
  serviceId: ServiceId,
  /** The named connection (account + app + tenant) this service uses. */
  connectionId: z.string().optional(),
  connectionName: z.string().optional(),
  cloud: CloudId,
  state: ServiceState,
  clientId: z.string().optional(),
  account: AccountSummary.optional(),
  tenantDomain: z.string().optional(),
  /** The organization's name ("Contoso"), once read from the directory. */
  tenantName: z.string().optional(),
  accessTokenExpiresAt: z.iso.datetime().optional(),
  scopes: z.array(z.string()),
  tokenDetails: TokenDetails.optional(),
  probe: ProbeResult.optional(),
  problem: Problem.optional(),
  /** Delegated permissions the service needs that the token does not carry. */
  missingPermissions: z.array(z.string()).optional(),
  sharePoint: SharePointTarget.optional(),
  /** What the granted permissions let this person (or the app) do, from their roles. */
  effective: EffectivePermissions.optional(),
  /**
   * The service is being checked (silent token and live probe) and this is what was known
   * before: `state` is the last known one (after a start, what the saved connection says), not
   * yet confirmed. The check's answer comes as `service.changed`, without this flag.
   */
  checking: z.literal(true).optional(),
});
export type ServiceStatus = z.infer<typeof ServiceStatus>;

export const ServicePanel = z.object({
  serviceId: ServiceId,
  label: z.string(),
  description: z.string(),
  /** False for services Microsoft offers no application permissions for (Viva Engage). */
  appOnlySupported: z.boolean(),
  /** Why app-only is not offered, in words. */
  appOnlyNote: z.string().optional(),
  /** SharePoint needs a tenant, admin or site URL before it can connect. */
  needsSiteUrl: z.boolean(),
  /** Which kind of account can use the service, in one sentence (said while signing in). */
  accountNeed: z.string().optional(),
  status: ServiceStatus,
});
export type ServicePanel = z.infer<typeof ServicePanel>;

/**
 * One service after Connect all: its status with the connection (connected, or what it lacks:
 * consent, a role, the service in the tenant), or why it was not bound to it at all.
 */
export const ConnectAllEntry = z.object({
  serviceId: ServiceId,
  status: ServiceStatus.optional(),
  problem: Problem.optional(),
});
export type ConnectAllEntry = z.infer<typeof ConnectAllEntry>;

export const ConnectAllResult = z.object({
  connectionId: z.string(),
  /** Every service, in the dashboard's order. */
  services: z.array(ConnectAllEntry),
});
export type ConnectAllResult = z.infer<typeof ConnectAllResult>;

/**
 * Which refusal of AADSTS50105 (not assigned to the app) to ask an administrator about: a new
 * sign-in's (nothing was saved) or that of the connection the service uses.
 */
export const AccessRequestInput = z
  .object({ serviceId: ServiceId, of: z.enum(['new-sign-in', 'connection']) })
  .strict();
export type AccessRequestInput = z.infer<typeof AccessRequestInput>;

export const serviceCommands = {
  /**
   * Every service's panel at once, from what is known: the saved connections and this session's
   * last checks. It starts a check of each connected service (unless one is under way), whose
   * panel says `checking` until the answer comes as `service.changed`.
   */
  'service.list': { input: Empty, output: z.array(ServicePanel) },
  /** "Refresh all": checks every service in parallel; answers once every check has. */
  'service.refreshAll': { input: Empty, output: z.array(ServiceStatus) },
  /** Connects a service with an account already signed in (silently, when consent allows). */
  'service.useAccount': {
    input: z
      .object({ serviceId: ServiceId, connectionId: ConnectionId, siteUrl: SiteUrlInput })
      .strict(),
    output: ServiceStatus,
  },
  /** Silent token (renewed if needed) plus a live probe. */
  'service.refresh': { input: ServiceRef, output: ServiceStatus },
  'service.disconnect': { input: ServiceRef, output: ServiceStatus },
  /**
   * Connect all: every service uses this connection (after its one sign-in), each silently
   * where consent allows; answers once each has, with what each of the others lacks.
   */
  'service.connectAll': { input: ConnectionRef, output: ConnectAllResult },
  /** The request for access to send an administrator (plain text, no token or secret). */
  'service.accessRequest': { input: AccessRequestInput, output: z.object({ text: z.string() }) },
} as const;

export const sharePointCommands = {
  /** Checks a SharePoint URL as the person types it; fails with the reason it is not usable. */
  'sharepoint.checkUrl': {
    input: z.object({ url: SiteUrlText, cloud: CloudId }).strict(),
    output: SharePointTarget,
  },
  /** The tenant's root site (and admin center) found through Microsoft Graph as this connection. */
  'sharepoint.discover': { input: ConnectionRef, output: SharePointTarget },
} as const;
