/**
 * Unattended (app-only) access that M365 Desk sets up itself: the certificate it makes, shows,
 * renews and exports on request, and the commands that reuse an app from scripts. Only a
 * certificate's public facts cross the bridge; its private key stays in main.
 */
import { z } from 'zod';
import { ClientIdText, ConnectionId, ConnectionRef, ServiceId, SiteUrlInput } from './ids';
import { PermissionLevel } from './app-setup';
import { ServiceStatus } from './services';

/** What can be shown about a certificate: no key, ever. */
export const CertificateFacts = z.object({
  /** SHA-1, hex: what the Entra admin center, the CLI and PnP PowerShell call the thumbprint. */
  thumbprint: z.string(),
  subject: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  /** Whole days until it expires (negative once it has). */
  daysLeft: z.number().int(),
  /** From 30 days before it expires. */
  expiresSoon: z.boolean(),
});
export type CertificateFacts = z.infer<typeof CertificateFacts>;

/** The validity the person picks for a new certificate, in days (main says what is allowed). */
const ValidityDays = z.number().int().min(1).max(100_000);

/**
 * Application permissions the signed-in person may not grant (Microsoft Graph's, for an
 * Application or Cloud Application Administrator), left for someone who may.
 */
export const LeftForAdministrator = z.object({
  /** e.g. `Microsoft Graph: Organization.Read.All`. */
  permissions: z.array(z.string()),
  /** What could not be granted, who can, and what to send them, in plain words. */
  message: z.string(),
  adminConsentUrl: z.string(),
});
export type LeftForAdministrator = z.infer<typeof LeftForAdministrator>;

export const UnattendedResult = z.object({
  clientId: z.string(),
  tenantId: z.string(),
  certificate: CertificateFacts,
  /** The application permissions granted with admin consent, e.g. `Graph: User.Read.All`. */
  granted: z.array(z.string()),
  /** Each chosen service, connected app-only through the new certificate (or why not). */
  services: z.array(ServiceStatus),
  /** Left for a Global or Privileged Role Administrator; its services were not connected. */
  leftForAdministrator: LeftForAdministrator.optional(),
});
export type UnattendedResult = z.infer<typeof UnattendedResult>;

/** A command a script can run with the same app and tenant; it never holds a secret. */
export const ScriptCommand = z.object({
  tool: z.enum(['cli-microsoft-365', 'pnp-powershell']),
  label: z.string(),
  command: z.string(),
  /** What the script needs beside the command, e.g. where the certificate file goes. */
  note: z.string().optional(),
});
export type ScriptCommand = z.infer<typeof ScriptCommand>;

export const appOnlyCommands = {
  /**
   * Unattended access for an app the setup session may write: a new certificate, its public
   * part uploaded, the services' application permissions granted with admin consent, and each
   * service connected app-only with it.
   */
  'appSetup.unattended': {
    input: z
      .object({
        clientId: ClientIdText,
        services: z
          .array(z.object({ serviceId: ServiceId, level: PermissionLevel }).strict())
          .min(1)
          .max(6),
        validityDays: ValidityDays,
        siteUrl: SiteUrlInput,
      })
      .strict(),
    output: UnattendedResult,
  },
  /** The certificate of an app-only connection M365 Desk made (null for a secret or an imported one). */
  'appOnly.certificate': { input: ConnectionRef, output: CertificateFacts.nullable() },
  /** A new certificate uploaded, the connection switched to it, then the old one taken off the app. */
  'appOnly.renewCertificate': {
    input: z.object({ connectionId: ConnectionId, validityDays: ValidityDays.optional() }).strict(),
    output: CertificateFacts,
  },
  /** AADSTS700027's way out: the connection's certificate (public part) put on its app. */
  'appOnly.addCertificateToApp': { input: ConnectionRef, output: CertificateFacts },
  /** AADSTS7000215/7000222's way out: a new secret on the app, kept in main, never shown. */
  'appOnly.createSecret': {
    input: ConnectionRef,
    output: z.object({ services: z.number().int() }),
  },
  /** The certificate and key as a password-protected PFX, to a file the person picks. */
  'appOnly.exportPfx': {
    input: z.object({ connectionId: ConnectionId, password: z.string().max(1024) }).strict(),
    output: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  /** "Use it from your scripts": the CLI for Microsoft 365 and PnP PowerShell, no secret in them. */
  'connection.scripts': { input: ConnectionRef, output: z.array(ScriptCommand) },
} as const;
