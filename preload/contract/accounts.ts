/** The named connections a person has signed in, and the `accounts.*` commands on them. */
import { z } from 'zod';
import {
  ClientIdText,
  CloudId,
  ConnectionId,
  ConnectionRef,
  Empty,
  ServiceId,
  SignedInWith,
  TenantText,
} from './ids';
import { Problem } from './problem';

/**
 * A named connection: one account, through one app registration, in one tenant. `name` is the
 * one the person gave it, or else the person and the app ("Adele Vance · Contoso admin app").
 */
export const Account = z.object({
  id: z.string(),
  /** `app-only`: the app signs in as itself (certificate or secret), no person involved. */
  kind: z.enum(['delegated', 'app-only']),
  name: z.string(),
  cloud: CloudId,
  clientId: z.string(),
  /** The app registration's name ("Contoso admin app"), once read or given by Set up app. */
  appDisplayName: z.string().optional(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  /** The organization's name ("Contoso"), once read from the directory. */
  tenantName: z.string().optional(),
  username: z.string(),
  /** Who signs in: the person, or for app-only the app (by its name once known). */
  displayName: z.string(),
  /** The services that use this connection now. */
  services: z.array(ServiceId),
  /** Why this connection must sign in again (refresh token refused, app changed, ...). */
  signInRequired: Problem.optional(),
  /** How and when it last signed in; absent for connections saved before this was recorded. */
  signedInWith: SignedInWith.optional(),
  signedInAt: z.string().optional(),
});
export type Account = z.infer<typeof Account>;

export const accountCommands = {
  'accounts.list': { input: Empty, output: z.array(Account) },
  'accounts.rename': {
    input: z
      // Bounded for the bridge only: main says what is wrong with a name (connection-name.ts).
      .object({ connectionId: ConnectionId, name: z.string().max(4096) })
      .strict(),
    output: Account,
  },
  /**
   * Points a connection at another app registration (and tenant). Its refresh token belongs to
   * the old app, so the connection needs a new sign-in, and says so.
   */
  'accounts.changeApp': {
    input: z
      .object({ connectionId: ConnectionId, clientId: ClientIdText, tenant: TenantText.optional() })
      .strict(),
    output: Account,
  },
  /** What Sign out everywhere would remove from this computer, in words, for the confirmation. */
  'signOut.everywherePreview': { input: Empty, output: z.object({ items: z.array(z.string()) }) },
  /** Removes every connection, token, secret, certificate and the setup session. */
  'signOut.everywhere': { input: Empty, output: z.object({ removed: z.array(z.string()) }) },
  /** Signs the account out everywhere: its services disconnect and its tokens are removed. */
  'accounts.remove': { input: ConnectionRef, output: z.object({ removed: z.boolean() }) },
} as const;
