/**
 * What Entra said when a connection last failed, kept for the diagnostics report: its AADSTS
 * code and the trace id, correlation id and time support asks for. MSAL keeps them in the
 * error's message ("Trace ID: … Correlation ID: … Timestamp: …") and its `correlationId`.
 */
import { z } from 'zod';
import type { Problem } from '../../../preload/contract';

export const LastProblem = z.object({
  code: z.string(),
  message: z.string(),
  aadsts: z.string().optional(),
  traceId: z.string().optional(),
  correlationId: z.string().optional(),
  /** Entra's timestamp where it gave one, else when the app saw the failure (if it says). */
  at: z.string().optional(),
});
export type LastProblem = z.infer<typeof LastProblem>;

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const labelled = (text: string, label: string, value: string) =>
  new RegExp(`${label}:\\s*(${value})`).exec(text)?.[1];

/** The words an error carries: its own, and those of the error it was made from (`cause`). */
function wordsOf(error: unknown): unknown[] {
  const raw = error as { errorMessage?: unknown; message?: unknown; cause?: unknown } | undefined;
  const cause = raw?.cause as { errorMessage?: unknown; message?: unknown } | undefined;
  return [raw?.errorMessage, raw?.message, cause?.errorMessage, cause?.message];
}

/**
 * The facts of `error` worth keeping (never a token: only ids, a code and the first line).
 * `serverError` is the token endpoint's own answer, where MSAL dropped its description (device
 * code polling errors).
 */
export function lastProblemOf(
  error: unknown,
  problem: Problem,
  seenAt?: Date,
  serverError?: { error_description?: string },
): LastProblem {
  const raw = error as { correlationId?: unknown } | undefined;
  const text = [...wordsOf(error), serverError?.error_description, problem.message, problem.hint]
    .filter((part): part is string => typeof part === 'string')
    .join('\n');
  const aadsts = /AADSTS\d+/.exec(`${problem.code}\n${text}`)?.[0];
  const traceId = labelled(text, 'Trace ID', GUID);
  const correlationId =
    labelled(text, 'Correlation ID', GUID) ??
    (typeof raw?.correlationId === 'string' && new RegExp(`^${GUID}$`).test(raw.correlationId)
      ? raw.correlationId
      : undefined);
  const at =
    labelled(text, 'Timestamp', '\\d{4}-\\d\\d-\\d\\d[ T][0-9:.]+Z?') ?? seenAt?.toISOString();
  return {
    code: problem.code,
    message: problem.message.split('\n', 1)[0]!.slice(0, 300),
    ...(aadsts ? { aadsts } : {}),
    ...(traceId ? { traceId } : {}),
    ...(correlationId ? { correlationId } : {}),
    ...(at ? { at } : {}),
  };
}
