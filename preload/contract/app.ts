/** What the app tells the renderer about itself at start-up, and the `app.info` command. */
import { z } from 'zod';
import { CloudId, Empty } from './ids';
import { Problem } from './problem';
import { SignInMethod } from './sign-in';

export const CloudOption = z.object({
  id: CloudId,
  label: z.string(),
  /** Why this cloud cannot be used right now (e.g. no app registration configured). */
  unavailableReason: z.string().optional(),
});

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

/** The diagnostics report (diagnostics/diagnostics-report.ts): plain text, never a secret. */
export const Diagnostics = z.object({ text: z.string() });
export type Diagnostics = z.infer<typeof Diagnostics>;

export const appCommands = {
  'app.info': { input: Empty, output: AppInfo },
  'app.diagnostics': { input: Empty, output: Diagnostics },
  /** Saves the report to a file the person picks. */
  'app.saveDiagnostics': {
    input: Empty,
    output: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
} as const;
