/**
 * The ids every domain of the contract shares, each with the limit on what the renderer may
 * send as one. A limit is written once, here; the domains use these schemas by name.
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

/** A saved connection (account + app + tenant), by the id main gave it. */
export const ConnectionId = z.string().min(1).max(200);

/** A pending sign-in, by the id its `signIn.deviceCode` or `signIn.pending` event gave. */
export const FlowId = z.string().min(1).max(100);

/**
 * An app registration's client id as the person typed it. Free text, checked in main; may be
 * empty where the defaults or main explain what is missing.
 */
export const ClientIdText = z.string().max(100);

/** A client id that must not be empty (app-only sign-in: there is no default app for it). */
export const RequiredClientIdText = z.string().min(1).max(100);

/** A tenant as the person typed it (a tenant id, a domain, `organizations`); checked in main. */
export const TenantText = z.string().max(256);

/** A tenant that must not be empty (app-only sign-in: it needs one specific tenant). */
export const RequiredTenantText = z.string().min(1).max(256);

/** A SharePoint tenant, admin or site URL as the person typed it; main says what is wrong. */
export const SiteUrlText = z.string().max(2048);

/** {@link SiteUrlText} where a command may go without one. */
export const SiteUrlInput = SiteUrlText.optional();

/** The input of a command that takes nothing. */
export const Empty = z.object({}).strict();

export const ServiceRef = z.object({ serviceId: ServiceId }).strict();
export const ConnectionRef = z.object({ connectionId: ConnectionId }).strict();
export const FlowRef = z.object({ flowId: FlowId }).strict();

/** How a connection signed in: a delegated method, an app-only credential, or imported. */
export const SignedInWith = z.enum([
  'device-code',
  'in-app-window',
  'system-browser',
  'certificate',
  'secret',
  'cli-import',
]);
export type SignedInWith = z.infer<typeof SignedInWith>;
