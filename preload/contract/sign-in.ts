/**
 * Signing a person (or an app) in to a service: the methods on offer, the defaults a new
 * sign-in starts from, what a pending sign-in shows, and every `signIn.*` command.
 */
import { z } from 'zod';
import {
  ClientIdText,
  CloudId,
  ConnectionId,
  FlowRef,
  RequiredClientIdText,
  RequiredTenantText,
  ServiceId,
  SiteUrlInput,
  TenantText,
} from './ids';
import { Problem } from './problem';
import { ServiceStatus } from './services';

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

export const DeviceCodePrompt = z.object({
  flowId: z.string(),
  serviceId: ServiceId,
  userCode: z.string(),
  verificationUri: z.url(),
  expiresAt: z.iso.datetime(),
  message: z.string(),
});
export type DeviceCodePrompt = z.infer<typeof DeviceCodePrompt>;

/** A pending sign-in in a window or the system browser; cancel it with its flow id. */
export const SignInPending = z.object({
  flowId: z.string(),
  serviceId: ServiceId,
  method: InteractiveMethodId,
  /** When the app stops waiting. */
  expiresAt: z.iso.datetime(),
});
export type SignInPending = z.infer<typeof SignInPending>;

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

/**
 * What the app authenticates with for app-only access. It crosses the bridge once, inbound,
 * and is kept encrypted in main; it is never sent back.
 */
export const AppOnlyCredential = z.discriminatedUnion('kind', [
  /** Bounded for the bridge only: main says what is wrong with an empty or long one (client-secret.ts). */
  z.object({ kind: z.literal('secret'), secret: z.string().max(65536) }).strict(),
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
export const AppChoice = z.object({ clientId: ClientIdText, tenant: TenantText }).strict();
export type AppChoice = z.input<typeof AppChoice>;

/** What every delegated sign-in needs: which service, where, with which app, for which connection. */
export const SignInTarget = z
  .object({
    serviceId: ServiceId,
    cloud: CloudId,
    siteUrl: SiteUrlInput,
    /** Omitted: the defaults of `signIn.defaults`. */
    app: AppChoice.optional(),
    /** Sign this connection in again: its services move to the new sign-in, its name is kept. */
    replacesConnectionId: ConnectionId.optional(),
  })
  .strict();
export type SignInTarget = z.input<typeof SignInTarget>;

export const signInCommands = {
  /** The app and tenant a new sign-in in `cloud` uses, and where each value came from. */
  'signIn.defaults': { input: z.object({ cloud: CloudId }).strict(), output: SignInDefaults },
  /** Runs the whole device code flow; the code itself arrives as a `signIn.deviceCode` event. */
  'signIn.deviceCode': { input: SignInTarget, output: ServiceStatus },
  /** Authorization code + PKCE in the in-app sign-in window or the system browser. */
  'signIn.interactive': {
    input: SignInTarget.extend({ method: InteractiveMethodId }).strict(),
    output: ServiceStatus,
  },
  /** App-only: the app registration signs in as itself with a certificate or a client secret. */
  'signIn.appOnly': {
    input: z
      .object({
        serviceId: ServiceId,
        cloud: CloudId,
        tenant: RequiredTenantText,
        clientId: RequiredClientIdText,
        credential: AppOnlyCredential,
        siteUrl: SiteUrlInput,
      })
      .strict(),
    output: ServiceStatus,
  },
  /** Stops a pending sign-in (device code, window or browser) by its flow id. */
  'signIn.cancel': { input: FlowRef, output: z.object({ cancelled: z.boolean() }) },
  /** Opens the verification page of a pending device code flow in the system browser. */
  'signIn.openVerificationPage': { input: FlowRef, output: z.object({ opened: z.boolean() }) },
} as const;
