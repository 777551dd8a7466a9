/**
 * Set up app: the wizard that creates an app registration ("create it for me") or checks one
 * ("check my app"), signed in through a first-party app, and every `appSetup.*` command.
 */
import { z } from 'zod';
import { ClientIdText, CloudId, Empty, ServiceId, TenantText } from './ids';

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

/** The services an app is created or checked for: at least one, at most as many as there are. */
const ServiceChoices = z.array(ServiceChoice).min(1).max(6);

/** Who the wizard is signed in as, through the first-party bootstrap app. */
export const SetupSession = z.object({
  cloud: CloudId,
  username: z.string(),
  displayName: z.string(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  /** May grant tenant-wide (admin) consent: Global, Privileged Role or (Cloud) Application Administrator. */
  canGrantAdminConsent: z.boolean(),
  /**
   * May grant Microsoft Graph's application permissions (app roles) too: Global or Privileged
   * Role Administrator only; a (Cloud) Application Administrator may grant every other API's.
   */
  canGrantGraphAppRoles: z.boolean(),
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
  /** `create-application`, once done: the app's client id, so a retry can finish that app. */
  appId: z.string().optional(),
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

export const appSetupCommands = {
  /** The wizard's permission sets per service, with meanings, and the redirect URIs it sets. */
  'appSetup.catalog': { input: Empty, output: AppSetupCatalog },
  /** Signs the person in with the first-party bootstrap app, to create or check an app. */
  'appSetup.signIn': {
    input: z
      .object({
        cloud: CloudId,
        tenant: TenantText.optional(),
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
        services: ServiceChoices,
        /** Grant tenant-wide consent now (needs an admin session). */
        grantAdminConsent: z.boolean(),
        /**
         * Try again after an attempt that created this app and then stopped: finish that app
         * (service principal, consent, replication) instead of registering a second one.
         */
        resumeClientId: ClientIdText.optional(),
      })
      .strict(),
    output: AppSetupResult,
  },
  /** "Check my app": each check pass/fail with the fix. */
  'appSetup.check': {
    input: z.object({ clientId: ClientIdText, services: ServiceChoices }).strict(),
    output: AppCheckReport,
  },
  /** Applies one fix for the signed-in setup session, then checks again. */
  'appSetup.fix': {
    input: z
      .object({
        clientId: ClientIdText,
        services: ServiceChoices,
        fix: AppCheck.shape.fix.unwrap(),
      })
      .strict(),
    output: AppCheckReport,
  },
} as const;
