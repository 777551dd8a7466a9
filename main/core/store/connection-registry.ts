/**
 * The non-secret facts about who is connected, kept in the key-value store so connections
 * survive restarts (tokens live in the vault):
 * - accounts: named connections, one per account + app registration + tenant + cloud;
 * - bindings: which connection each service uses (and, for SharePoint, which site).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CloudId, Problem, ServiceId, SignedInWith } from '../../../preload/contract';
import type { KeyValueStore } from '../ports';
import { deepFreeze } from './memory-store';
import { storedValue } from './stored-value';
import { LastProblem } from '../diagnostics/last-problem';

export { SignedInWith };

export const AccountRecord = z.object({
  id: z.string(),
  kind: z.enum(['delegated', 'app-only']).default('delegated'),
  name: z.string(),
  cloud: CloudId,
  clientId: z.string(),
  homeAccountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  tenantId: z.string(),
  tenantDomain: z.string().optional(),
  /** The organization's display name, once read from the directory ("Contoso"). */
  tenantName: z.string().optional(),
  /** The person gave `name`; otherwise the app names the connection by person and app. */
  renamed: z.boolean().optional(),
  createdAt: z.string(),
  /** Set when the token service refused this account's refresh token: why, until a new sign-in. */
  signInRequired: Problem.optional(),
  /** How it last signed in; older stores have none (the report says "not recorded"). */
  signedInWith: SignedInWith.optional(),
  /** When it last signed in (ISO time); optional for the same reason. */
  signedInAt: z.string().optional(),
  /** An older version's last problem: read, never written (now in last-problems.ts). */
  lastProblem: LastProblem.optional(),
});
export type AccountRecord = z.infer<typeof AccountRecord>;

export const ServiceBinding = z.object({
  serviceId: ServiceId,
  connectionId: z.string(),
  siteUrl: z.string().optional(),
  boundAt: z.string(),
});
export type ServiceBinding = z.infer<typeof ServiceBinding>;

/** Whether it must sign in again, and how and when it last did (older records: not said). */
export const signInFacts = ({ signInRequired, signedInWith, signedInAt }: AccountRecord) => ({
  ...(signInRequired && { signInRequired }),
  ...(signedInWith && { signedInWith }),
  ...(signedInAt && { signedInAt }),
});

const AccountRecords = z.array(AccountRecord);
const ServiceBindings = z.array(ServiceBinding);

/** What makes a connection the one it is: who, through which app, in which tenant and cloud. */
export interface ConnectionIdentity {
  cloud: string;
  clientId: string;
  homeAccountId: string;
  tenantId: string;
}

/** The identity as compared: ids are GUIDs, which Entra spells in any case. */
export const identityKey = (parts: ConnectionIdentity): string =>
  [parts.cloud, parts.clientId, parts.tenantId, parts.homeAccountId]
    .map((part) => part.trim().toLowerCase())
    .join('|');

/** A connection's id: the same user through another app or tenant is another connection. */
export function connectionIdFor(parts: ConnectionIdentity) {
  return createHash('sha256').update(identityKey(parts)).digest('hex').slice(0, 16);
}

/**
 * Whether the person named this connection. Older versions kept no flag: their made-up names
 * were the display name, or it with " (2)" and so on.
 */
export function namedByPerson(account: AccountRecord): boolean {
  if (account.renamed !== undefined) return account.renamed;
  const { name, displayName } = account;
  if (name === displayName) return false;
  const suffix = name.startsWith(displayName) ? name.slice(displayName.length) : '';
  return !/^ \(\d+\)$/.test(suffix);
}

export interface ConnectionRegistryDeps {
  kv: KeyValueStore;
}

export class ConnectionRegistry {
  private readonly kv: KeyValueStore;
  private readonly storedAccounts: () => readonly AccountRecord[];
  private readonly storedBindings: () => readonly ServiceBinding[];

  constructor({ kv }: ConnectionRegistryDeps) {
    this.kv = kv;
    this.storedAccounts = storedList(kv, 'accounts', AccountRecords);
    this.storedBindings = storedList(kv, 'bindings', ServiceBindings);
  }

  accounts(): AccountRecord[] {
    return [...this.storedAccounts()];
  }

  /** The stored list itself: frozen, and the same object until it changes (for memos). */
  accountList(): readonly AccountRecord[] {
    return this.storedAccounts();
  }

  account(id: string): AccountRecord | undefined {
    return this.storedAccounts().find((a) => a.id === id);
  }

  /** Records that the account must sign in again, and why (survives restarts). */
  markSignInRequired(id: string, reason: Problem): void {
    this.kv.set(
      'accounts',
      this.accounts().map((a) => (a.id === id ? { ...a, signInRequired: reason } : a)),
    );
  }

  /**
   * Adds the account, or refreshes the one with the same identity (person, app, tenant, cloud),
   * which keeps its id, name and what was read about it: the same sign-in never makes a second
   * connection, even one whose app was changed to this one. A new sign-in clears `signInRequired`.
   */
  saveAccount(
    record: Omit<
      AccountRecord,
      'name' | 'createdAt' | 'signInRequired' | 'kind' | 'renamed' | 'tenantName' | 'signedInAt'
    > & {
      kind?: AccountRecord['kind'];
    },
  ): AccountRecord {
    const kind = record.kind ?? 'delegated';
    const key = identityKey(record);
    const existing =
      this.account(record.id) ??
      this.storedAccounts().find((a) => a.kind === kind && identityKey(a) === key);
    const renamed = existing ? namedByPerson(existing) : false;
    const saved: AccountRecord = {
      ...record,
      id: existing?.id ?? record.id,
      kind,
      name: renamed && existing ? existing.name : record.displayName,
      renamed,
      ...(existing?.tenantName ? { tenantName: existing.tenantName } : {}),
      ...(!record.tenantDomain && existing?.tenantDomain
        ? { tenantDomain: existing.tenantDomain }
        : {}),
      createdAt: existing?.createdAt ?? new Date().toISOString(),
      ...(record.signedInWith ? { signedInAt: new Date().toISOString() } : {}),
    };
    this.kv.set('accounts', [...this.accounts().filter((a) => a.id !== saved.id), saved]);
    return saved;
  }

  /** Changes facts of an account in place (its id stays, so its bindings stay too). */
  update(id: string, change: Partial<Omit<AccountRecord, 'id'>>): AccountRecord | undefined {
    const account = this.account(id);
    if (!account) return undefined;
    const updated = { ...account, ...change };
    this.kv.set(
      'accounts',
      this.accounts().map((a) => (a.id === id ? updated : a)),
    );
    return updated;
  }

  /** Moves every service that used `fromId` to `toId`. */
  moveBindings(fromId: string, toId: string): void {
    this.kv.set(
      'bindings',
      this.bindings().map((b) => (b.connectionId === fromId ? { ...b, connectionId: toId } : b)),
    );
  }

  /** The person names the connection; from then on the name is theirs, not made up. */
  rename(id: string, name: string): AccountRecord | undefined {
    const account = this.account(id);
    if (!account) return undefined;
    const renamed = { ...account, name, renamed: true };
    this.kv.set(
      'accounts',
      this.accounts().map((a) => (a.id === id ? renamed : a)),
    );
    return renamed;
  }

  removeAccount(id: string): AccountRecord | undefined {
    const account = this.account(id);
    this.kv.set(
      'accounts',
      this.accounts().filter((a) => a.id !== id),
    );
    this.kv.set(
      'bindings',
      this.bindings().filter((b) => b.connectionId !== id),
    );
    return account;
  }

  bindings(): ServiceBinding[] {
    return [...this.storedBindings()];
  }

  binding(serviceId: ServiceId): ServiceBinding | undefined {
    return this.storedBindings().find((b) => b.serviceId === serviceId);
  }

  bind(binding: ServiceBinding): void {
    this.kv.set('bindings', [
      ...this.bindings().filter((b) => b.serviceId !== binding.serviceId),
      binding,
    ]);
  }

  unbind(serviceId: ServiceId): ServiceBinding | undefined {
    const existing = this.binding(serviceId);
    this.kv.set(
      'bindings',
      this.bindings().filter((b) => b.serviceId !== serviceId),
    );
    return existing;
  }

  servicesUsing(connectionId: string): ServiceId[] {
    return this.storedBindings()
      .filter((b) => b.connectionId === connectionId)
      .map((b) => b.serviceId);
  }
}

/**
 * The list kept under `key`; its items are frozen, being shared between calls. `list` is made
 * once, not per store: zod compiles a schema the first time it parses with it.
 */
function storedList<T>(kv: KeyValueStore, key: string, list: z.ZodArray<z.ZodType<T>>) {
  return storedValue(kv, key, (raw): readonly T[] => {
    const parsed = list.safeParse(raw ?? []);
    return deepFreeze(parsed.success ? parsed.data : []);
  });
}
