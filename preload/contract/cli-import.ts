/**
 * Import from the CLI for Microsoft 365: what its plaintext files hold (display facts only,
 * never a token or secret), the import of chosen connections, and the removal of the plaintext.
 */
import { z } from 'zod';
import { CloudId, ConnectionId, Empty, ServiceId } from './ids';
import { Problem } from './problem';

/** One connection the CLI keeps, as the person should see it. */
export const CliConnection = z.object({
  /** The CLI's own name for it (unique among its connections); the key to import it by. */
  name: z.string(),
  /** Who signed in (a person's user name, or the app's name for app-only). */
  account: z.string(),
  appId: z.string(),
  tenant: z.string(),
  /** Undefined when the CLI names a cloud M365 Desk does not know. */
  cloud: CloudId.optional(),
  /** How the CLI signed in: `deviceCode`, `browser`, `secret`, `certificate`, ... */
  authType: z.string(),
  /** What sits in the CLI's file in plain text besides its tokens. */
  credentialInFile: z.enum(['none', 'secret', 'certificate', 'password']),
  /** The services the CLI used with it (bound on import). */
  services: z.array(ServiceId),
  /** Why it cannot be imported; undefined when it can. */
  problem: Problem.optional(),
});
export type CliConnection = z.infer<typeof CliConnection>;

export const CliScan = z.object({
  /** The folder the CLI's files were looked for in. */
  folder: z.string(),
  connections: z.array(CliConnection),
  /** What was found but not understood (damaged or other-version files), each explained. */
  problems: z.array(Problem),
  /** False without a secure keystore: the import would not be safer, removal is not offered. */
  keystoreStrong: z.boolean(),
  /** The app and tenant `m365 setup` gave the CLI, and the names of secret settings it holds. */
  setup: z
    .object({
      appId: z.string().optional(),
      tenant: z.string().optional(),
      secretSettings: z.array(z.string()),
    })
    .optional(),
});
export type CliScan = z.infer<typeof CliScan>;

export const CliImported = z.object({
  imported: z.array(
    z.object({ name: z.string(), connectionId: ConnectionId, services: z.array(ServiceId) }),
  ),
  /** Whether removing the CLI's plaintext is offered now (a verified import, a strong keystore). */
  canRemovePlaintext: z.boolean(),
});
export type CliImported = z.infer<typeof CliImported>;

export const cliImportCommands = {
  'cliImport.scan': { input: Empty, output: CliScan },
  /** Imports the named connections, all or none: each verified by a silent token first. */
  'cliImport.run': {
    input: z.object({ names: z.array(z.string().min(1).max(1024)).min(1).max(100) }).strict(),
    output: CliImported,
  },
  /** Removes the imported connections (and their tokens and secrets) from the CLI's files. */
  'cliImport.removePlaintext': {
    input: Empty,
    output: z.object({ removedFiles: z.array(z.string()), keptFiles: z.array(z.string()) }),
  },
} as const;
