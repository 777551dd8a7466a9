/**
 * The one contract between the renderer and the main process.
 *
 * Every command and event that crosses the bridge is listed here with a runtime schema.
 * Main parses every incoming payload against `commands[name].input`; the renderer's types
 * are derived from these schemas (`z.infer`), so there is no second, hand-written copy.
 *
 * Nothing in here may describe a secret: access and refresh tokens never cross the bridge.
 */
import { z } from 'zod';

export const serviceIds = [
  'graph',
  'sharepoint',
  'entra',
  'managementApi',
  'azureManagement',
  'vivaEngage',
] as const;
export const ServiceId = z.enum(serviceIds);
export type ServiceId = z.infer<typeof ServiceId>;

export const CloudId = z.enum(['public', 'usgov', 'usgovhigh', 'usgovdod', 'china', 'sandbox']);
export type CloudId = z.infer<typeof CloudId>;

export const ServiceState = z.enum([
  'disconnected',
  'connecting',
  'connected',
  'needs-sign-in',
  /** Signed in, but a permission this service needs has not been consented to. */
  'consent-needed',
  /** The tenant does not have this service (e.g. Viva Engage not provisioned, AADSTS500011). */
  'not-available',
  'error',
]);
export type ServiceState = z.infer<typeof ServiceState>;

/** The way out the renderer offers for a problem, chosen by the core's error table. */
export const Remedy = z.enum([
  'sign-in-again',
  'grant-consent',
  'fix-app-registration',
  'browser-instead',
  'check-tenant',
]);
export type Remedy = z.infer<typeof Remedy>;

/** A failure as the person should see it: what happened and what to do next. */
export const Problem = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  remedy: Remedy.optional(),
});
export type Problem = z.infer<typeof Problem>;

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
  accessTokenExpiresAt: z.iso.datetime().optional(),
  scopes: z.array(z.string()),
  tokenDetails: TokenDetails.optional(),
  probe: ProbeResult.optional(),
  problem: Problem.optional(),
  /** Delegated permissions the service needs that the token does not carry. */
  missingPermissions: z.array(z.string()).optional(),
  sharePoint: SharePointTarget.optional(),
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
  status: ServiceStatus,
});
export type ServicePanel = z.infer<typeof ServicePanel>;

export const CloudOption = z.object({
  id: CloudId,
  label: z.string(),
  /** Why this cloud cannot be used right now (e.g. no app registration configured). */
  unavailableReason: z.string().optional(),
});

/** The ways a person can sign in; each is one module in main (see main/core/flows). */
export const SignInMethodId = z.enum([
  'device-code',
  'in-app-window',
  'system-browser',
  'app-only',
]);
export type SignInMethodId = z.infer<typeof SignInMethodId>;
export const InteractiveMethodId = z.enum(['in-app-window', 'system-browser']);
export type InteractiveMethodId = z.infer<typeof InteractiveMethodId>;

export const SignInMethod = z.object({
  id: SignInMethodId,
  label: z.string(),
  /** One sentence on when to choose it. */
  description: z.string(),
  available: z.boolean(),
  unavailableReason: z.string().optional(),
});
export type SignInMethod = z.infer<typeof SignInMethod>;

export const AppInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'chromium-bridge']),
  clouds: z.array(CloudOption),
  defaultCloud: CloudId,
  /** Where tokens are kept, in words, e.g. "Encrypted with the OS keystore (gnome_libsecret)". */
  tokenStorage: z.string(),
  /** Things that went wrong at start-up and were handled (e.g. a corrupted store kept aside). */
  notices: z.array(Problem),
  /** The sign-in methods, in the order to offer them. */
  signInMethods: z.array(SignInMethod),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const DeviceCodePrompt = z.object({
  flowId: z.string(),
  serviceId: ServiceId,
  userCode: z.string(),
  verificationUri: z.url(),
  expiresAt: z.iso.datetime(),
  message: z.string(),
});
export type DeviceCodePrompt = z.infer<typeof DeviceCodePrompt>;

/** A named connection: one account, through one app registration, in one tenant. */
export const Account = z.object({
  id: z.string(),
  /** `app-only`: the app signs in as itself (certificate or secret), no person involved. */
  kind: z.enum(['delegated', 'app-only']),
  name: z.string(),
  cloud: CloudId,
  clientId: z.string(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  username: z.string(),
  displayName: z.string(),
  /** The services that use this connection now. */
  services: z.array(ServiceId),
  /** Why this connection must sign in again (refresh token refused, app changed, ...). */
  signInRequired: Problem.optional(),
});
export type Account = z.infer<typeof Account>;

const ServiceRef = z.object({ serviceId: ServiceId }).strict();
const ConnectionRef = z.object({ connectionId: z.string().min(1).max(200) }).strict();
/** Free text from the person; validated in main, which explains what is wrong. */
const SiteUrlInput = z.string().max(2048).optional();
const FlowRef = z.object({ flowId: z.string().min(1).max(100) }).strict();
const Empty = z.object({}).strict();

/** Where a default value came from, so the person knows what to change. */
export const ValueSource = z.object({
  kind: z.enum(['environment', 'setting', 'sandbox', 'default', 'none']),
  /** e.g. the variable's name `CLIMICROSOFT365_ENTRAAPPID`, or "M365 Desk settings". */
  detail: z.string(),
});
export type ValueSource = z.infer<typeof ValueSource>;

/** The app registration and tenant a new sign-in in a cloud uses unless the person changes them. */
export const SignInDefaults = z.object({
  cloud: CloudId,
  clientId: z.string().optional(),
  clientIdSource: ValueSource,
  tenant: z.string(),
  tenantSource: ValueSource,
  /** Why the defaults cannot be used as they are (no app, malformed id). */
  problem: Problem.optional(),
});
export type SignInDefaults = z.infer<typeof SignInDefaults>;

/** A pending sign-in in a window or the system browser; cancel it with its flow id. */
export const SignInPending = z.object({
  flowId: z.string(),
  serviceId: ServiceId,
  method: InteractiveMethodId,
  /** When the app stops waiting. */
  expiresAt: z.iso.datetime(),
});
export type SignInPending = z.infer<typeof SignInPending>;

/** What the renderer sees instead of a proxy password. */
export const PROXY_PASSWORD_MARK = '•••';

/** False for a URL whose user info holds a password other than the mark (`http://u:pw@host`). */
function showsNoProxyPassword(url: string): boolean {
  const userInfo = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)@/i.exec(url)?.[1];
  const colon = userInfo?.indexOf(':') ?? -1;
  return colon < 0 || ['', PROXY_PASSWORD_MARK].includes(userInfo!.slice(colon + 1));
}

/**
 * The proxy every request of the app uses, and where that choice came from. The raw URL
 * cannot cross: the only URL here is `displayUrl`, refused if it holds a password.
 */
export const ProxyState = z.object({
  /** The proxy URL with its password, if any, replaced by `•••` (e.g. `http://alice:•••@proxy:3128`). */
  displayUrl: z
    .string()
    .refine(showsNoProxyPassword, 'A proxy password must not cross the bridge')
    .optional(),
  /** Whether the proxy in use has a password (the setting's known this session, or the variable's). */
  hasPassword: z.boolean(),
  /**
   * Where that password is: encrypted by the keystore, in memory for this session only (no
   * secure keystore), or only in the environment variable (the app keeps nothing).
   */
  passwordKept: z.enum(['encrypted', 'session', 'environment']).optional(),
  noProxy: z.string().optional(),
  source: z.enum(['setting', 'environment', 'none']),
  /** Something to do about the password: needed again after a restart, or kept for this session only. */
  problem: Problem.optional(),
});
export type ProxyState = z.infer<typeof ProxyState>;

/** Where sign-ins are kept, and whether they are kept at all without a real keystore. */
export const KeystoreState = z.object({
  backend: z.string(),
  /** False for Linux `basic_text` (a hard-coded key) or no keystore at all. */
  strong: z.boolean(),
  keepSignInsWithoutKeystore: z.boolean(),
  /** Whether sign-ins survive a restart. */
  keepsSignIns: z.boolean(),
});
export type KeystoreState = z.infer<typeof KeystoreState>;

/**
 * What the app authenticates with for app-only access. It crosses the bridge once, inbound,
 * and is kept encrypted in main; it is never sent back.
 */
export const AppOnlyCredential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('secret'), secret: z.string().min(1).max(1024) }).strict(),
  z
    .object({
      kind: z.literal('certificate'),
      certificatePem: z.string().min(1).max(65536),
      privateKeyPem: z.string().min(1).max(65536),
    })
    .strict(),
  /** A PKCS#12 (.pfx / .p12) file, base64, with its password (may be empty). */
  z
    .object({
      kind: z.literal('pfx'),
      pfxBase64: z.string().min(1).max(262144),
      password: z.string().max(1024),
    })
    .strict(),
]);
export type AppOnlyCredential = z.infer<typeof AppOnlyCredential>;

/** App registration and tenant for one sign-in; free text, checked in main. */
const AppChoice = z.object({ clientId: z.string().max(100), tenant: z.string().max(256) }).strict();

/** What every delegated sign-in needs: which service, where, with which app, for which connection. */
const SignInTarget = z
  .object({
    serviceId: ServiceId,
    cloud: CloudId,
    siteUrl: SiteUrlInput,
    /** Omitted: the defaults of `signIn.defaults`. */
    app: AppChoice.optional(),
    /** Sign this connection in again: its services move to the new sign-in, its name is kept. */
    replacesConnectionId: z.string().min(1).max(200).optional(),
  })
  .strict();

/** How much a service may do through the app: the person picks one per service. */
export const PermissionLevel = z.enum(['minimal', 'standard', 'full']);
export type PermissionLevel = z.infer<typeof PermissionLevel>;

/** One permission as the wizard explains it. */
export const PermissionInfo = z.object({
  /** e.g. `User.Read.All`, `AllSites.FullControl`. */
  value: z.string(),
  /** delegated: acts as the signed-in person (scope); application: acts as the app (app role). */
  type: z.enum(['delegated', 'application']),
  /** Plain-language meaning, e.g. "Read every user's profile". */
  meaning: z.string(),
  /** Only an administrator can consent to it (always true for application permissions). */
  adminConsentRequired: z.boolean(),
});
export type PermissionInfo = z.infer<typeof PermissionInfo>;

export const ServicePermissionSets = z.object({
  serviceId: ServiceId,
  label: z.string(),
  /** The resource's appId in Entra, e.g. Graph `00000003-0000-0000-c000-000000000000`. */
  resourceAppId: z.string(),
  levels: z.record(PermissionLevel, z.array(PermissionInfo)),
  /** False for Viva Engage: Microsoft offers it no application permissions. */
  applicationPermissionsOffered: z.boolean(),
});
export type ServicePermissionSets = z.infer<typeof ServicePermissionSets>;

export const AppSetupCatalog = z.object({
  services: z.array(ServicePermissionSets),
  /** The redirect URIs the app's sign-in methods need ("Mobile and desktop applications"). */
  redirectUris: z.array(z.string()),
  /** The first-party app the wizard signs in with to create the registration (Azure CLI). */
  bootstrapClientId: z.string(),
});
export type AppSetupCatalog = z.infer<typeof AppSetupCatalog>;

/** What the person chose for one service. */
export const ServiceChoice = z
  .object({
    serviceId: ServiceId,
    level: PermissionLevel,
    /** Also ask for the level's application permissions (for app-only use). */
    includeApplication: z.boolean(),
  })
  .strict();
export type ServiceChoice = z.infer<typeof ServiceChoice>;

/** Who the wizard is signed in as, through the first-party bootstrap app. */
export const SetupSession = z.object({
  cloud: CloudId,
  username: z.string(),
  displayName: z.string(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  /** May grant tenant-wide (admin) consent: Global, Privileged Role or (Cloud) Application Administrator. */
  canGrantAdminConsent: z.boolean(),
  /** The directory roles the person holds, by name. */
  roles: z.array(z.string()),
});
export type SetupSession = z.infer<typeof SetupSession>;

export const SetupStepState = z.enum([
  'pending',
  'running',
  'waiting',
  'done',
  'skipped',
  'failed',
]);
/** One step of "create it for me", as the progress display shows it. */
export const SetupStep = z.object({
  id: z.enum([
    'resolve-permissions',
    'create-application',
    'create-service-principal',
    'grant-delegated-consent',
    'grant-application-permissions',
    'wait-for-replication',
  ]),
  label: z.string(),
  state: SetupStepState,
  detail: z.string().optional(),
  /** While waiting for replication: which try this is. */
  attempt: z.number().int().optional(),
});
export type SetupStep = z.infer<typeof SetupStep>;

export const AppSetupResult = z.object({
  clientId: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  steps: z.array(SetupStep),
  /** Consent that could not be granted (the person is not an admin): send this link to one. */
  adminConsentUrl: z.string().optional(),
});
export type AppSetupResult = z.infer<typeof AppSetupResult>;

/** One check of "check my app", with the fix when it failed. */
export const AppCheck = z.object({
  id: z.enum([
    'app-exists',
    'public-client-flows',
    'redirect-uris',
    'required-permissions',
    'service-principal',
    'consent',
  ]),
  label: z.string(),
  ok: z.boolean(),
  /** What was found, in words. */
  detail: z.string(),
  /** How to fix it by hand (portal steps). */
  fixByHand: z.string().optional(),
  /** A fix M365 Desk can apply for the signed-in setup session. */
  fix: z
    .enum([
      'enable-public-client-flows',
      'add-redirect-uris',
      'add-permissions',
      'create-service-principal',
      'grant-consent',
    ])
    .optional(),
});
export type AppCheck = z.infer<typeof AppCheck>;

export const AppCheckReport = z.object({
  clientId: z.string(),
  displayName: z.string().optional(),
  checks: z.array(AppCheck),
  ok: z.boolean(),
});
export type AppCheckReport = z.infer<typeof AppCheckReport>;

/** What a service's consent needs and who can give it (consent walkthrough). */
export const ConsentNeed = z.object({
  serviceId: ServiceId,
  clientId: z.string(),
  tenantId: z.string(),
  /** Delegated permissions the service needs that are not consented. */
  missing: z.array(PermissionInfo),
  /** True when only an admin can consent (a permission needs it, or users may not consent). */
  adminRequired: z.boolean(),
  /** The v2.0 admin consent URL, to open here or send to an admin. */
  adminConsentUrl: z.string(),
  /**
   * How to find out that someone consented: `refresh` asks again with the saved sign-in;
   * `sign-in` when the first sign-in failed, saved nothing, and only a new one can tell.
   */
  recheck: z.enum(['refresh', 'sign-in']),
});
export type ConsentNeed = z.infer<typeof ConsentNeed>;

/** Commands: renderer → main, answered with a {@link Result}. */
export const commands = {
  'app.info': { input: Empty, output: AppInfo },
  'service.list': { input: Empty, output: z.array(ServicePanel) },
  /** Runs the whole device code flow; the code itself arrives as a `signIn.deviceCode` event. */
  'signIn.deviceCode': { input: SignInTarget, output: ServiceStatus },
  /** Authorization code + PKCE in the in-app sign-in window or the system browser. */
  'signIn.interactive': {
    input: SignInTarget.extend({ method: InteractiveMethodId }).strict(),
    output: ServiceStatus,
  },
  /** The app and tenant a new sign-in in `cloud` uses, and where each value came from. */
  'signIn.defaults': { input: z.object({ cloud: CloudId }).strict(), output: SignInDefaults },
  /** App-only: the app registration signs in as itself with a certificate or a client secret. */
  'signIn.appOnly': {
    input: z
      .object({
        serviceId: ServiceId,
        cloud: CloudId,
        tenant: z.string().min(1).max(256),
        clientId: z.string().min(1).max(100),
        credential: AppOnlyCredential,
        siteUrl: SiteUrlInput,
      })
      .strict(),
    output: ServiceStatus,
  },
  /** Connects a service with an account already signed in (silently, when consent allows). */
  'service.useAccount': {
    input: z
      .object({
        serviceId: ServiceId,
        connectionId: z.string().min(1).max(200),
        siteUrl: SiteUrlInput,
      })
      .strict(),
    output: ServiceStatus,
  },
  /** Checks a SharePoint URL as the person types it; fails with the reason it is not usable. */
  'sharepoint.checkUrl': {
    input: z.object({ url: z.string().max(2048), cloud: CloudId }).strict(),
    output: SharePointTarget,
  },
  'accounts.list': { input: Empty, output: z.array(Account) },
  /** The wizard's permission sets per service, with meanings, and the redirect URIs it sets. */
  'appSetup.catalog': { input: Empty, output: AppSetupCatalog },
  /** Signs the person in with the first-party bootstrap app, to create or check an app. */
  'appSetup.signIn': {
    input: z
      .object({
        cloud: CloudId,
        tenant: z.string().max(256).optional(),
        method: z.enum(['device-code', 'in-app-window', 'system-browser']),
      })
      .strict(),
    output: SetupSession,
  },
  'appSetup.session': { input: Empty, output: SetupSession.nullable() },
  'appSetup.signOut': { input: Empty, output: z.object({ signedOut: z.boolean() }) },
  /** "Create it for me": progress arrives as `appSetup.progress` events. */
  'appSetup.create': {
    input: z
      .object({
        displayName: z.string().trim().min(1).max(120),
        services: z.array(ServiceChoice).min(1).max(6),
        /** Grant tenant-wide consent now (needs an admin session). */
        grantAdminConsent: z.boolean(),
      })
      .strict(),
    output: AppSetupResult,
  },
  /** "Check my app": each check pass/fail with the fix. */
  'appSetup.check': {
    input: z
      .object({ clientId: z.string().max(100), services: z.array(ServiceChoice).min(1).max(6) })
      .strict(),
    output: AppCheckReport,
  },
  /** Applies one fix for the signed-in setup session, then checks again. */
  'appSetup.fix': {
    input: z
      .object({
        clientId: z.string().max(100),
        services: z.array(ServiceChoice).min(1).max(6),
        fix: AppCheck.shape.fix.unwrap(),
      })
      .strict(),
    output: AppCheckReport,
  },
  /** Makes an app and tenant the default for new connections (environment variables still win). */
  'settings.appDefaults.set': {
    input: z
      .object({ cloud: CloudId, clientId: z.string().max(100), tenant: z.string().max(256) })
      .strict(),
    output: SignInDefaults,
  },
  'settings.appDefaults.clear': {
    input: z.object({ cloud: CloudId }).strict(),
    output: SignInDefaults,
  },
  /** For a panel in `consent-needed`: what is missing, who may consent, the admin consent URL. */
  'consent.need': { input: ServiceRef, output: ConsentNeed },
  /** Opens the admin consent page in the sign-in window; resolves when the admin answered. */
  'consent.grantAsAdmin': {
    input: ServiceRef,
    output: z.object({ granted: z.boolean(), status: ServiceStatus }),
  },
  'settings.proxy.get': { input: Empty, output: ProxyState },
  'settings.keystore.get': { input: Empty, output: KeystoreState },
  /** The explicit opt-in to keep sign-ins on a computer without a secure keystore. */
  'settings.keystore.set': {
    input: z.object({ keepSignInsWithoutKeystore: z.boolean() }).strict(),
    output: KeystoreState,
  },
  /**
   * An empty `proxyUrl` clears the setting, so HTTPS_PROXY / NO_PROXY apply again. The URL as
   * `displayUrl` shows it (`http://alice:•••@proxy:3128`) keeps the saved password of that
   * same proxy; any other password is the new one.
   */
  'settings.proxy.set': {
    input: z
      .object({ proxyUrl: z.string().max(2048), noProxy: z.string().max(4096).optional() })
      .strict(),
    output: ProxyState,
  },
  'accounts.rename': {
    input: z
      .object({ connectionId: z.string().min(1).max(200), name: z.string().trim().min(1).max(60) })
      .strict(),
    output: Account,
  },
  /** Signs the account out everywhere: its services disconnect and its tokens are removed. */
  /**
   * Points a connection at another app registration (and tenant). Its refresh token belongs to
   * the old app, so the connection needs a new sign-in, and says so.
   */
  'accounts.changeApp': {
    input: z
      .object({
        connectionId: z.string().min(1).max(200),
        clientId: z.string().max(100),
        tenant: z.string().max(256).optional(),
      })
      .strict(),
    output: Account,
  },
  'accounts.remove': { input: ConnectionRef, output: z.object({ removed: z.boolean() }) },
  'signIn.cancel': { input: FlowRef, output: z.object({ cancelled: z.boolean() }) },
  /** Opens the verification page of a pending device code flow in the system browser. */
  'signIn.openVerificationPage': { input: FlowRef, output: z.object({ opened: z.boolean() }) },
  /** Silent token (renewed if needed) plus a live probe. */
  'service.refresh': { input: ServiceRef, output: ServiceStatus },
  'service.disconnect': { input: ServiceRef, output: ServiceStatus },
} as const;

/** Events: main → renderer, fire and forget. */
export const events = {
  'signIn.deviceCode': DeviceCodePrompt,
  'signIn.pending': SignInPending,
  'service.changed': ServiceStatus,
  'accounts.changed': z.array(Account),
  'appSetup.progress': SetupStep,
} as const;

export type CommandName = keyof typeof commands;
export type EventName = keyof typeof events;
export type CommandInput<C extends CommandName> = z.input<(typeof commands)[C]['input']>;
export type CommandOutput<C extends CommandName> = z.infer<(typeof commands)[C]['output']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export type Result<T> = { ok: true; value: T } | ({ ok: false } & Problem);

export const commandNames = Object.keys(commands) as CommandName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** IPC channel names are namespaced so nothing else in the app can collide with them. */
export const channelFor = (name: CommandName | EventName): string => `desk:${name}`;
