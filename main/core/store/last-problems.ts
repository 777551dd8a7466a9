/**
 * What Entra said when something last failed, for the diagnostics report: per connection, and
 * per new sign-in that failed before there was a connection to keep it on. Kept under its own
 * key of the settings file, never in the connections' records, so a failing service does not
 * rewrite them; and written once per batch of changes (one Refresh all with every service
 * failing is one write), not once per failure. Never a secret: only what last-problem.ts keeps
 * (a code, the first line of the message, the AADSTS code, trace id, correlation id and time).
 */
import { z } from 'zod';
import { CloudId, ServiceId, SignedInWith } from '../../../preload/contract';
import { LastProblem } from '../diagnostics/last-problem';
import type { KeyValueStore } from '../ports';
import type { AccountRecord } from './connection-registry';
import { deepFreeze } from './memory-store';
import { storedValue } from './stored-value';

const KEY = 'lastProblems';

/** A new sign-in, as far as it is known before it succeeds: service, app, tenant, cloud. */
export const SignInAttempt = z.object({
  serviceId: ServiceId,
  cloud: CloudId,
  clientId: z.string(),
  tenant: z.string().optional(),
  method: SignedInWith,
});
export type SignInAttempt = z.infer<typeof SignInAttempt>;

export const FailedSignIn = SignInAttempt.extend({ problem: LastProblem });
export type FailedSignIn = z.infer<typeof FailedSignIn>;

const ConnectionProblem = z.object({
  problem: LastProblem,
  /** The connection's sign-in it was met in: a new sign-in starts with no last problem. */
  signedInAt: z.string().optional(),
});

const Kept = z.object({
  connections: z.record(z.string(), ConnectionProblem).catch({}),
  signIns: z.record(z.string(), FailedSignIn).catch({}),
});
type Kept = z.infer<typeof Kept>;

/** One attempt's key: its next attempt (by any method) replaces it, its success clears it. */
const attemptKey = ({ serviceId, cloud, clientId, tenant }: SignInAttempt) =>
  [serviceId, cloud, clientId, tenant ?? ''].map((part) => part.trim().toLowerCase()).join('|');

/** The connections now: a removed one's last problem is dropped at the next save. */
export interface ConnectionList {
  accountList(): readonly AccountRecord[];
}

export class LastProblems {
  private readonly stored: () => Kept;
  /** Changes not written yet: what is read, until the batch is saved. */
  private pending: Kept | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  /** @param batchMs How long a change waits for the others of its batch before it is written. */
  constructor(
    private readonly kv: KeyValueStore,
    private readonly connections: ConnectionList,
    private readonly batchMs = 1_000,
  ) {
    this.stored = storedValue(kv, KEY, (raw) => {
      const parsed = Kept.safeParse(raw ?? {});
      return deepFreeze(parsed.success ? parsed.data : { connections: {}, signIns: {} });
    });
  }

  /**
   * The connection's last problem since it last signed in; an older store's, kept inside the
   * record (`lastProblem`), until this one has one of its own.
   */
  of(account: AccountRecord): LastProblem | undefined {
    const kept = this.kept().connections[account.id];
    if (kept && kept.signedInAt === account.signedInAt) return kept.problem;
    return kept ? undefined : account.lastProblem;
  }

  /** Notes what the connection ran into; the same failure again (offline, say) changes nothing. */
  noteConnection(account: AccountRecord, problem: LastProblem): void {
    const last = this.of(account);
    if (last?.code === problem.code && last.traceId === problem.traceId) return;
    const entry = { problem, ...(account.signedInAt ? { signedInAt: account.signedInAt } : {}) };
    this.change((kept) => ({ ...kept, connections: { ...kept.connections, [account.id]: entry } }));
  }

  /** The new sign-ins whose last attempt failed, oldest first. */
  failedSignIns(): FailedSignIn[] {
    return Object.values(this.kept().signIns);
  }

  /** The attempt failed: it replaces the one before it of the same service, app and tenant. */
  noteFailedSignIn(attempt: SignInAttempt, problem: LastProblem): void {
    const key = attemptKey(attempt);
    const entry = FailedSignIn.parse({ ...attempt, problem });
    // Taken out and put back: the newest attempt is listed last.
    this.change((kept) => ({ ...kept, signIns: { ...without(kept.signIns, key), [key]: entry } }));
  }

  /** The attempt succeeded: the failure of the one before it is no longer the last word. */
  signedIn(attempt: SignInAttempt): void {
    const key = attemptKey(attempt);
    if (!Object.hasOwn(this.kept().signIns, key)) return;
    this.change((kept) => ({ ...kept, signIns: without(kept.signIns, key) }));
  }

  /** Sign out everywhere: no connection's or attempt's last problem is kept. */
  forgetAll(): void {
    this.change(() => ({ connections: {}, signIns: {} }));
  }

  /** Writes the batch now (the app is closing); later changes are kept in memory only. */
  close(): void {
    this.save();
    this.closed = true;
  }

  private kept(): Kept {
    return this.pending ?? this.stored();
  }

  private change(next: (kept: Kept) => Kept): void {
    this.pending = next(this.kept());
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => this.save(), this.batchMs);
    this.timer.unref?.();
  }

  private save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    if (!pending || this.closed) return;
    const live = new Set(this.connections.accountList().map((a) => a.id));
    const connections = Object.fromEntries(
      Object.entries(pending.connections).filter(([id]) => live.has(id)),
    );
    this.kv.set(KEY, { connections, signIns: pending.signIns });
    this.pending = undefined;
  }
}

function without<T>(entries: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _left, ...others } = entries;
  return others;
}
