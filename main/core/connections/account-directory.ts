/**
 * The named connections (account + app + tenant): saved after a sign-in, listed, renamed and
 * signed out. Signing the same person in through another app or tenant makes a new connection
 * and never overwrites one that exists; the same person through the same app and tenant is
 * always the one connection. Each is listed by the name it goes by (see account-names.ts).
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { Account } from '../../../preload/contract';
import { checkAppChoice } from '../app-registration-ids';
import { checkConnectionName } from './connection-name';
import { ProblemError } from '../errors/to-problem';
import type { SignInProfile } from '../msal/public-client-pool';
import type { EventSink } from '../ports';
import type { SignInProfiles } from '../sign-in-profiles';
import {
  connectionIdFor,
  identityKey,
  namedByPerson,
  type AccountRecord,
  type ConnectionRegistry,
  signInFacts,
} from '../store/connection-registry';
import type { AccountNames } from './account-names';
import type { StoredCredential } from '../app-only/app-only-clients';
import type { TokenBroker } from './token-broker';
import { tokenDetails } from './token-facts';

export interface AccountDirectoryDeps {
  registry: ConnectionRegistry;
  broker: TokenBroker;
  profiles: SignInProfiles;
  events: EventSink;
  names: AccountNames;
  /** Told of every sign-in saved: what the connection is called is read again. */
  onSignedIn?: (connectionId: string) => void;
}

export class AccountDirectory {
  private readonly registry: ConnectionRegistry;
  private readonly broker: TokenBroker;
  private readonly profiles: SignInProfiles;
  private readonly events: EventSink;
  private readonly names: AccountNames;

  constructor(private readonly deps: AccountDirectoryDeps) {
    this.registry = deps.registry;
    this.broker = deps.broker;
    this.profiles = deps.profiles;
    this.events = deps.events;
    this.names = deps.names;
  }

  list(): Account[] {
    // The bindings by connection, gathered once: not once per connection (200 of them, say).
    const services = new Map<string, Account['services']>();
    for (const { connectionId, serviceId } of this.registry.bindings()) {
      const bound = services.get(connectionId);
      if (bound) bound.push(serviceId);
      else services.set(connectionId, [serviceId]);
    }
    return this.registry.accountList().map((a) => {
      const listed: Account = {
        id: a.id,
        kind: a.kind,
        name: this.names.of(a),
        cloud: a.cloud,
        clientId: a.clientId,
        tenantId: a.tenantId,
        username: a.username,
        displayName: this.names.whoOf(a),
        services: services.get(a.id) ?? [],
      };
      const appDisplayName = this.names.apps.get(a.clientId);
      if (appDisplayName) listed.appDisplayName = appDisplayName;
      if (a.tenantDomain) listed.tenantDomain = a.tenantDomain;
      if (a.tenantName) listed.tenantName = a.tenantName;
      Object.assign(listed, signInFacts(a));
      return listed;
    });
  }

  /**
   * Saves a delegated sign-in as its connection; `revived`: the connection was there and needed
   * this sign-in (its other services can work again).
   */
  async save(
    profile: SignInProfile,
    result: AuthenticationResult,
    signedInWith?: AccountRecord['signedInWith'],
  ): Promise<{ account: AccountRecord; revived: boolean }> {
    const account = result.account;
    if (!account)
      throw new ProblemError({ code: 'no_account', message: 'Sign-in returned no account.' });
    const tenantDomain =
      profile.cloud.id === 'sandbox'
        ? await this.profiles.sandboxTenantDomain()
        : account.username.split('@')[1];
    const parts = {
      cloud: profile.cloud.id,
      clientId: profile.clientId,
      homeAccountId: account.homeAccountId,
      tenantId: account.tenantId,
    };
    const before = this.registry
      .accounts()
      .find((a) => a.kind === 'delegated' && identityKey(a) === identityKey(parts));
    const saved = this.registry.saveAccount({
      id: connectionIdFor(parts),
      ...parts,
      username: account.username,
      displayName: account.name ?? account.username,
      ...(tenantDomain ? { tenantDomain } : {}),
      ...(signedInWith ? { signedInWith } : {}),
    });
    // The same connection, its app id spelt otherwise before: its old tokens sit in another
    // cache partition, which nothing reads any more.
    if (before && before.clientId !== saved.clientId && !this.sharesTokensWithAnother(before)) {
      await this.broker.forget(before);
    }
    this.deps.onSignedIn?.(saved.id);
    this.publish();
    return { account: saved, revived: Boolean(before?.signInRequired) };
  }

  /** An app-only connection: the app itself, in one tenant; its credential goes to the vault. */
  async saveAppOnly(
    cloud: AccountRecord['cloud'],
    clientId: string,
    result: AuthenticationResult,
    credential: StoredCredential,
    requestedTenant: string,
  ): Promise<AccountRecord> {
    // Client credentials return no id token, so MSAL's tenantId is empty: read `tid` from the token.
    const tenantId = tokenDetails(result).tenantId || requestedTenant;
    const appId = clientId.trim().toLowerCase();
    const parts = { cloud, clientId: appId, homeAccountId: `app-only:${appId}`, tenantId };
    const saved = this.registry.saveAccount({
      id: connectionIdFor(parts),
      kind: 'app-only',
      ...parts,
      username: appId,
      // Until its name is read (directory-names.ts): the same words account-names.ts uses.
      displayName: `App ${appId.slice(0, 8)} (app-only)`,
      signedInWith: credential.kind,
    });
    await this.broker.appOnly.save(saved.id, credential);
    this.deps.onSignedIn?.(saved.id);
    this.publish();
    return saved;
  }

  servicesUsing(id: string): Account['services'] {
    return this.registry.servicesUsing(id);
  }

  /** Bad names are refused before anything changes (connection-name.ts). */
  rename(id: string, name: string): Account {
    if (!this.registry.rename(id, checkConnectionName(name))) throw unknownConnection();
    this.publish();
    return this.list().find((a) => a.id === id)!;
  }

  /**
   * A connection was signed in again and came back as `account` (another id when its app or
   * user changed): its services and its name move over, and the old connection goes.
   */
  async replace(oldId: string, account: AccountRecord): Promise<AccountRecord> {
    const old = this.registry.account(oldId);
    if (!old || oldId === account.id) return account;
    this.registry.moveBindings(oldId, account.id);
    await this.remove(oldId);
    // A name the person gave moves over; a made-up one is made up again for the new sign-in.
    const renamed = namedByPerson(old)
      ? (this.registry.rename(account.id, old.name) ?? account)
      : account;
    this.publish();
    return renamed;
  }

  /**
   * Points a connection at another app registration. The refresh token was issued to the old
   * app and cannot be used by the new one, so the old tokens go and the connection says it
   * needs a new sign-in, and why.
   */
  async changeApp(id: string, app: { clientId: string; tenant?: string | undefined }) {
    const account = this.registry.account(id);
    if (!account) throw unknownConnection();
    if (account.kind === 'app-only') {
      throw new ProblemError({
        code: 'app_only_app_fixed',
        message: 'An app-only connection is its app: it cannot switch to another one.',
        hint: 'Add a new app-only connection with the other app and its certificate or secret.',
      });
    }
    const choice = checkAppChoice(
      { clientId: app.clientId, tenant: app.tenant?.trim() || account.tenantId },
      true,
    );
    if (choice.clientId === account.clientId.toLowerCase() && choice.tenant === account.tenantId) {
      return this.list().find((a) => a.id === id)!;
    }
    if (!this.sharesTokensWithAnother(account)) await this.broker.forget(account);
    this.registry.update(id, {
      clientId: choice.clientId,
      tenantId: choice.tenant,
      signInRequired: {
        code: 'app_changed',
        message: `This connection now uses the app ${this.appWords(choice.clientId)}. Its sign-in was issued to ${this.appWords(account.clientId)}, and a refresh token works only for the app it was issued to.`,
        hint: 'Sign in again to use the new app.',
      },
    });
    this.publish();
    return this.list().find((a) => a.id === id)!;
  }

  /** Signs the account out: its bindings go, and so does every token MSAL holds for it. */
  async remove(id: string): Promise<{ removed: boolean; services: Account['services'] }> {
    const services = this.registry.servicesUsing(id);
    const account = this.registry.removeAccount(id);
    if (account && !this.sharesTokensWithAnother(account)) await this.broker.forget(account);
    this.publish();
    return { removed: Boolean(account), services };
  }

  publish(): void {
    this.events.emit('accounts.changed', this.list());
  }

  /** “Contoso admin app” (its id) where the name is known, else the id. */
  private appWords(clientId: string): string {
    const name = this.names.apps.get(clientId);
    return name ? `“${name}” (${clientId})` : clientId;
  }

  /** Two connections can share one MSAL account only if they differ by nothing MSAL keys on. */
  private sharesTokensWithAnother(account: AccountRecord): boolean {
    return this.registry
      .accounts()
      .filter((a) => a.id !== account.id)
      .some(
        (a) =>
          a.homeAccountId === account.homeAccountId &&
          a.clientId === account.clientId &&
          a.cloud === account.cloud,
      );
  }
}

const unknownConnection = () =>
  new ProblemError({ code: 'unknown_connection', message: 'That connection no longer exists.' });
