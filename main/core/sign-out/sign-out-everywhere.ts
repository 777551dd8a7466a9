/**
 * Sign out everywhere: every connection (its tokens, or its certificate or secret), the Set up
 * app session, the proxy's password, and anything else the vault still holds, gone from this
 * computer. The preview says the same things in words, for the confirmation, before anything
 * changes.
 */
import type { AccountDirectory } from '../connections/account-directory';
import type { ServiceStatuses } from '../connections/service-statuses';
import type { SetupSessions } from '../app-setup/setup-session';
import type { ProxySettings } from '../net/proxy-settings';
import type { Account } from '../../../preload/contract';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { SecretVault } from '../store/secret-vault';
import type { HandlerRegistry } from '../ipc/command-handlers';
import type { LastProblems } from '../store/last-problems';

export interface SignOutEverywhereDeps {
  registry: ConnectionRegistry;
  accounts: AccountDirectory;
  statuses: ServiceStatuses;
  sessions: SetupSessions;
  proxy: ProxySettings;
  vault: SecretVault;
  /** What sign-ins ran into: no secret, but nothing of them should outlive the sign-out. */
  lastProblems: LastProblems;
}

const PROXY_PASSWORD = 'proxy-password';

function words(account: Account): string {
  if (account.kind === 'app-only') {
    const credential =
      account.signedInWith === 'secret' ? 'client secret' : 'certificate or secret';
    return `${account.name}: the app's ${credential}, and its tokens`;
  }
  return `${account.name}: its sign-in and tokens`;
}

export class SignOutEverywhere {
  constructor(private readonly deps: SignOutEverywhereDeps) {}

  /** What would be removed, one line each; empty when there is nothing to remove. */
  preview(): string[] {
    const { accounts, sessions, vault } = this.deps;
    // By the names the window shows them by.
    const items = accounts.list().map(words);
    const session = sessions.current();
    if (session) items.push(`The Set up app sign-in (${session.username})`);
    const proxy = this.deps.proxy.state();
    if (proxy.source === 'setting' && proxy.hasPassword) items.push('The proxy password');
    const known = items.length;
    const others = vault.names().filter((n) => n !== PROXY_PASSWORD).length;
    if (others && !known) items.push(`${others} saved sign-in record(s) left from before`);
    return items;
  }

  /** Removes all of it; answers what was removed, in the preview's words. */
  async run(): Promise<string[]> {
    const removed = this.preview();
    const { accounts, registry, statuses, sessions, proxy, vault, lastProblems } = this.deps;
    for (const account of registry.accounts()) {
      const { services } = await accounts.remove(account.id);
      statuses.publishDisconnected(services);
    }
    await sessions.signOut();
    await proxy.forgetPassword();
    // What no connection claims any more (an older store's leftovers, a cache partition).
    for (const name of vault.names()) vault.remove(name);
    lastProblems.forgetAll();
    return removed;
  }
}

export function registerSignOutHandlers(router: HandlerRegistry, deps: SignOutEverywhereDeps) {
  const signOut = new SignOutEverywhere(deps);
  router.handle('signOut.everywherePreview', async () => ({ items: signOut.preview() }));
  router.handle('signOut.everywhere', async () => ({ removed: await signOut.run() }));
}
