/** Consent a service still needs, who may give it, and the `consent.*` commands. */
import { z } from 'zod';
import { ServiceId, ServiceRef } from './ids';
import { PermissionInfo } from './app-setup';
import { ServiceStatus } from './services';

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

export const consentCommands = {
  /** For a panel in `consent-needed`: what is missing, who may consent, the admin consent URL. */
  'consent.need': { input: ServiceRef, output: ConsentNeed },
  /** Opens the admin consent page in the sign-in window; resolves when the admin answered. */
  'consent.grantAsAdmin': {
    input: ServiceRef,
    output: z.object({ granted: z.boolean(), status: ServiceStatus }),
  },
} as const;
