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
  // Most connections share a handful of apps: each app's name looked up once.
  const appNames = new Map<string, string | undefined>();
  const appName = (clientId: string) => {
    if (!appNames.has(clientId)) appNames.set(clientId, appNameOf(clientId));
    return appNames.get(clientId);
  };
  let pending: { account: AccountRecord; label: string }[] = [];
  for (const account of accounts) {
    if (namedByPerson(account)) labels.set(account.id, account.name);
    else pending.push({ account, label: '' });
  }
  const rounds: ((account: AccountRecord, label: string) => string)[] = [
    (account) => madeUpName(account, appName(account.clientId)),
    (account, label) =>
      `${label} (${account.tenantName ?? account.tenantDomain ?? account.tenantId})`,
    (account, label) => `${label} · ${account.clientId}`,
  ];
  for (const [round, next] of rounds.entries()) {
    const taken = new Map<string, number>();
    const count = (label: string) => taken.set(label, (taken.get(label) ?? 0) + 1);
    for (const label of labels.values()) count(label);
    for (const entry of pending) count((entry.label = next(entry.account, entry.label)));
    const last = round === rounds.length - 1;
    const unsettled: typeof pending = [];
    for (const entry of pending) {
      if (last || taken.get(entry.label) === 1) labels.set(entry.account.id, entry.label);
      else unsettled.push(entry);
    }
    if (!unsettled.length) break;
    pending = unsettled;
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
