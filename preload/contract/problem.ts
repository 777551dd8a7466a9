/** How the contract says that something failed: as a value, never as a thrown error. */
import { z } from 'zod';

/** The way out the renderer offers for a problem, chosen by the core's error table. */
export const Remedy = z.enum([
  'sign-in-again',
  'grant-consent',
  'fix-app-registration',
  'browser-instead',
  'check-tenant',
  /** AADSTS700027: upload the connection's certificate to its app registration. */
  'add-certificate',
  /** AADSTS7000215/7000222: a new client secret on the app, kept encrypted. */
  'create-secret',
  /** AADSTS50105: copy a request to an administrator to assign the account to the app. */
  'ask-for-assignment',
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

/** The answer to every command: its output, or the {@link Problem} that stopped it. */
export type Result<T> = { ok: true; value: T } | ({ ok: false } & Problem);
