/**
 * The directory roles behind each delegated connection's effective view. A token that lists
 * them (`wids`) says them itself; otherwise they are read from Graph's `/me/memberOf` as the
 * same person through the same app, with a Graph token got silently, once per account for as
 * long as that token lives (as stale as `wids` in a token would be). All panels of a refresh
 * share the one read; a new sign-in reads them again. Where Graph will not say (no Graph token,
 * a refusal, roles the token may not read), the roles are unknown, asked again a minute later.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import { GraphDirectory } from '../app-setup/graph-directory';
import type { TokenBroker } from '../connections/token-broker';
import { graphScopes } from '../connections/sign-in-scopes';
import type { ServiceContext } from '../services/service-definition';
import type { AccountRecord } from '../store/connection-registry';
import { rolesOf, widsOf, type HeldRoles } from './person-roles';

/** How long roles nobody could read stay unknown before Graph is asked again. */
const UNKNOWN_FOR_MS = 60_000;
/** A Graph token without an expiry (none seen from MSAL): its roles are kept this long. */
const FALLBACK_FOR_MS = 5 * 60_000;
/** The least privileged permission that lists one's own memberships ("List memberOf"). */
const MEMBER_OF_SCOPE = 'User.Read';

interface Kept {
  roles: Promise<HeldRoles>;
  /** When to read again; until the read ends, never. */
  until: number;
}

export class AccountRoles {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly broker: TokenBroker,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The person's roles for a view of `token`: its `wids`, or the account's directory roles.
   * `isGraph`: `token` is a Graph token, so it may read `/me/memberOf` itself.
   */
  of(
    account: AccountRecord,
    token: AuthenticationResult,
    ctx: ServiceContext,
    isGraph: boolean,
  ): Promise<HeldRoles> {
    const wids = widsOf(token.accessToken);
    if (wids) return Promise.resolve({ templateIds: wids, from: 'token' });
    return this.cached(account, () => this.read(account, ctx, isGraph ? token : undefined));
  }

  /** The person's roles with no service token at hand: a Graph token's `wids`, or the directory. */
  ofAccount(account: AccountRecord, ctx: ServiceContext): Promise<HeldRoles> {
    return this.cached(account, () => this.read(account, ctx, undefined));
  }

  private cached(
    account: AccountRecord,
    read: () => Promise<{ held: HeldRoles; until: number }>,
  ): Promise<HeldRoles> {
    // A new sign-in (`signedInAt` changes with it) reads the roles again.
    const key = `${account.id}|${account.signedInAt ?? ''}`;
    const kept = this.kept.get(key);
    if (kept && this.now() < kept.until) return kept.roles;
    const entry = { until: Infinity } as Kept;
    entry.roles = read().then(({ held, until }) => {
      entry.until = until;
      return held;
    });
    this.forgetAccount(account.id);
    this.kept.set(key, entry);
    return entry.roles;
  }

  /** Reads the roles from Graph; never throws: what cannot be read is unknown. */
  private async read(
    account: AccountRecord,
    ctx: ServiceContext,
    given: AuthenticationResult | undefined,
  ): Promise<{ held: HeldRoles; until: number }> {
    const unknown = { held: { templateIds: [], from: 'unknown' as const }, until: 0 };
    const graph = ctx.cloud.resources.graph;
    if (!graph) return { ...unknown, until: this.now() + UNKNOWN_FOR_MS };
    try {
      const scopes = graphScopes(ctx, [MEMBER_OF_SCOPE]);
      const token = given ?? (await this.broker.tokenFor(account, graph.audience, scopes));
      const http = await this.broker.httpOf(account);
      const directory = new GraphDirectory({
        http,
        baseUrl: graph.baseUrl,
        accessToken: token.accessToken,
        // Read beside the probe: never longer than the probe may take.
        timeoutMs: http.bounds.probeTimeoutMs,
      });
      // A Graph token may list the roles where the service's did not.
      const held = await rolesOf(token.accessToken, () => directory.myDirectoryRoleTemplateIds());
      if (held.from !== 'unknown') {
        return { held, until: token.expiresOn?.getTime() ?? this.now() + FALLBACK_FOR_MS };
      }
    } catch {
      // No Graph token for this account: unknown, as below.
    }
    return { ...unknown, until: this.now() + UNKNOWN_FOR_MS };
  }

  /** What was kept of an account from an earlier sign-in. */
  private forgetAccount(accountId: string): void {
    for (const key of this.kept.keys()) if (key.startsWith(`${accountId}|`)) this.kept.delete(key);
  }
}
