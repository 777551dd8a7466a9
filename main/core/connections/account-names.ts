/**
 * What each connection is called on screen. The name the person gave it, if they did; otherwise
 * the person and the app, "Adele Vance · Contoso admin app", since one person often signs in
 * through two apps (the sandbox's and their own, say) and a bare "Adele Vance (2)" says nothing.
 * An app-only connection is its app. Where two would still read the same, the tenant tells them
 * apart, and then the app id.
 */
import type { AppNames } from '../store/app-names';
import {
  namedByPerson,
  type AccountRecord,
  type ConnectionRegistry,
} from '../store/connection-registry';

const shortId = (clientId: string) => clientId.slice(0, 8);

/** The app as people know it, or a short form of its id until its name is known. */
const appWords = (clientId: string, appName: string | undefined) =>
  appName ?? `app ${shortId(clientId)}`;

function madeUpName(account: AccountRecord, appName: string | undefined): string {
  if (account.kind !== 'app-only') {
    return `${account.displayName} · ${appWords(account.clientId, appName)}`;
  }
  if (!appName) return `App ${shortId(account.clientId)} (app-only)`;
  // "Contoso reports (app-only)", but not "Reports app-only (app-only)".
  return /app-only/i.test(appName) ? appName : `${appName} (app-only)`;
}

/** Every connection's name, by id: person-given names as they are, the others made unique. */
export function accountLabels(
  accounts: readonly AccountRecord[],
  appNameOf: (clientId: string) => string | undefined,
): Map<string, string> {
  const labels = new Map<string, string>();
  const made: AccountRecord[] = [];
  for (const account of accounts) {
    if (namedByPerson(account)) labels.set(account.id, account.name);
    else made.push(account);
  }
  const rounds: ((account: AccountRecord, label: string) => string)[] = [
    (account) => madeUpName(account, appNameOf(account.clientId)),
    (account, label) =>
      `${label} (${account.tenantName ?? account.tenantDomain ?? account.tenantId})`,
    (account, label) => `${label} · ${account.clientId}`,
  ];
  let pending = made.map((account) => ({ account, label: '' }));
  for (const [round, next] of rounds.entries()) {
    for (const entry of pending) entry.label = next(entry.account, entry.label);
    const taken = new Map<string, number>();
    for (const label of [...labels.values(), ...pending.map((entry) => entry.label)]) {
      taken.set(label, (taken.get(label) ?? 0) + 1);
    }
    const last = round === rounds.length - 1;
    for (const entry of pending) {
      if (last || taken.get(entry.label) === 1) labels.set(entry.account.id, entry.label);
    }
    pending = pending.filter((entry) => !labels.has(entry.account.id));
  }
  return labels;
}

/** The names of the registry's connections, worked out once per change of either list. */
export class AccountNames {
  private memo?: { accounts: unknown; apps: unknown; labels: Map<string, string> };

  constructor(
    private readonly registry: ConnectionRegistry,
    readonly apps: AppNames,
  ) {}

  /** What the connection is called; a connection not saved (yet) gets its made-up name. */
  of(account: AccountRecord): string {
    return this.all().get(account.id) ?? madeUpName(account, this.apps.get(account.clientId));
  }

  /** Who it is: the person, or for app-only the app (by name once known). */
  whoOf(account: AccountRecord): string {
    const appName = this.apps.get(account.clientId);
    return account.kind === 'app-only' && appName ? appName : account.displayName;
  }

  private all(): Map<string, string> {
    const accounts = this.registry.accountList();
    const apps = this.apps.snapshot();
    if (this.memo?.accounts !== accounts || this.memo.apps !== apps) {
      const labels = accountLabels(accounts, (clientId) => this.apps.get(clientId));
      this.memo = { accounts, apps, labels };
    }
    return this.memo.labels;
  }
}
