/**
 * Reads, through Microsoft Graph, what a connection is called in the directory: its tenant's
 * name and default domain (`/organization`) and its app's display name (the app's service
 * principal), and keeps them with the connection. Only what the token's permissions allow is
 * asked, so nothing is refused on the way; an app-only token also carries its app's name. Each
 * connection is read at most once a session (again after a new sign-in); a failure changes
 * nothing but the name shown.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import type { HttpsClient } from '../net/https-request';
import type { AppNames } from '../store/app-names';
import type { AccountRecord, ConnectionRegistry } from '../store/connection-registry';
import { collection, stringField } from '../services/service-definition';
import type { SignInProfiles } from '../sign-in-profiles';
import type { TokenBroker } from './token-broker';
import { tokenDetails } from './token-facts';

/** Graph's least-privileged permissions for each read, delegated and application. */
const READERS = {
  organization: {
    delegated: ['User.Read', 'User.Read.All', 'Organization.Read.All', 'Directory.Read.All'],
    app: ['Organization.Read.All', 'Organization.ReadWrite.All', 'Directory.Read.All'],
  },
  servicePrincipal: {
    delegated: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'],
    app: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'],
  },
} as const;
const everyone = ['Directory.AccessAsUser.All', 'Directory.ReadWrite.All'];

export interface DirectoryNamesDeps {
  registry: ConnectionRegistry;
  apps: AppNames;
  broker: TokenBroker;
  profiles: SignInProfiles;
  /** Something was learned: the accounts list changed. */
  onLearned: () => void;
}

export class DirectoryNames {
  /** What was asked this session, `{id}|{read}`: each read once, once the token allows it. */
  private readonly asked = new Set<string>();
  /** The connections looked at this session: what is kept of them counts as read. */
  private readonly seen = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: DirectoryNamesDeps) {}

  /**
   * Reads what is not read yet of `account`'s names. `graph`: a Graph token the caller holds
   * for the account; without one, only an app-only connection asks for one.
   */
  learn(account: AccountRecord, graph?: AuthenticationResult): Promise<void> {
    if (!this.seen.has(account.id)) {
      // Read in an earlier session and kept: not asked again (a new sign-in reads it again).
      this.seen.add(account.id);
      if (account.tenantName) this.asked.add(`${account.id}|organization`);
      const source = this.deps.apps.sourceOf(account.clientId);
      if (source === 'directory' || source === 'token') {
        this.asked.add(`${account.id}|servicePrincipal`);
      }
    }
    const all = Object.keys(READERS).every((read) => this.asked.has(`${account.id}|${read}`));
    if (all || (!graph && account.kind !== 'app-only')) return Promise.resolve();
    let running = this.running.get(account.id);
    if (!running) {
      running = this.read(account, graph)
        .catch(() => undefined)
        .finally(() => this.running.delete(account.id));
      this.running.set(account.id, running);
    }
    return running;
  }

  /** A new sign-in: what the connection is called may have changed with it. */
  forget(connectionId: string): void {
    for (const read of Object.keys(READERS)) this.asked.delete(`${connectionId}|${read}`);
    this.seen.add(connectionId); // what is kept may be out of date: read it again
  }

  private async read(account: AccountRecord, given?: AuthenticationResult): Promise<void> {
    const endpoint = (await this.deps.profiles.endpoints(account.cloud)).resources.graph;
    if (!endpoint) return;
    const kind = account.kind === 'app-only' ? 'app' : 'delegated';
    const wanted = (Object.keys(READERS) as (keyof typeof READERS)[]).filter(
      (read) => !this.asked.has(`${account.id}|${read}`),
    );
    // An app asks for its Graph token once a session, whatever it may read with it.
    if (kind === 'app') for (const read of wanted) this.asked.add(`${account.id}|${read}`);
    const token = given ?? (await this.deps.broker.tokenFor(account, endpoint.audience, []));
    const details = tokenDetails(token);
    const held = new Set([...details.scopes, ...details.roles].map((p) => p.split('/').pop()!));
    const http = await this.deps.broker.httpOf(account);
    const get = (read: keyof typeof READERS, path: string) => {
      const allowed = [...READERS[read][kind], ...(kind === 'delegated' ? everyone : [])];
      if (!wanted.includes(read) || !allowed.some((p) => held.has(p))) return null;
      this.asked.add(`${account.id}|${read}`);
      return getJson(http, `${endpoint.baseUrl.replace(/\/$/, '')}${path}`, token.accessToken);
    };

    const [organization, principal] = await Promise.all([
      get('organization', '/v1.0/organization?$select=displayName,verifiedDomains'),
      get(
        'servicePrincipal',
        `/v1.0/servicePrincipals(appId='${account.clientId}')?$select=appDisplayName,displayName`,
      ),
    ]);
    const org = collection(organization)[0];
    let changed = this.keepTenant(account.id, stringField(org, 'displayName'), defaultDomain(org));
    const appName =
      stringField(principal, 'appDisplayName') ?? stringField(principal, 'displayName');
    if (appName) {
      changed = this.deps.apps.remember(account.clientId, appName, 'directory') || changed;
    } else {
      // Where the directory is not readable, the token may still name its app (`app_displayname`).
      const claimed = claimOf(token, 'app_displayname');
      if (claimed) changed = this.deps.apps.remember(account.clientId, claimed, 'token') || changed;
    }
    if (changed) this.deps.onLearned();
  }

  /** Keeps the tenant's name, and its default domain where none is known; true if it changed. */
  private keepTenant(id: string, name: string | undefined, domain: string | undefined): boolean {
    const current = this.deps.registry.account(id);
    if (!current) return false;
    const change = {
      ...(name && name !== current.tenantName ? { tenantName: name } : {}),
      ...(domain && !current.tenantDomain ? { tenantDomain: domain } : {}),
    };
    if (Object.keys(change).length === 0) return false;
    this.deps.registry.update(id, change);
    return true;
  }
}

async function getJson(http: HttpsClient, url: string, accessToken: string): Promise<unknown> {
  const res = await http.send({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    // Read alongside a probe: never longer than the probe may take.
    timeoutMs: http.bounds.probeTimeoutMs,
  });
  if (res.status < 200 || res.status >= 300) return null;
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    return null;
  }
}

function defaultDomain(org: unknown): string | undefined {
  const domains = (org as { verifiedDomains?: unknown } | undefined)?.verifiedDomains;
  if (!Array.isArray(domains)) return undefined;
  const chosen =
    domains.find((d) => (d as { isDefault?: unknown }).isDefault === true) ?? domains[0];
  return stringField(chosen, 'name');
}

function claimOf(token: AuthenticationResult, claim: string): string | undefined {
  try {
    const value = decodeJwt(token.accessToken)[claim];
    return typeof value === 'string' && value.trim() ? value : undefined;
  } catch {
    return undefined;
  }
}
