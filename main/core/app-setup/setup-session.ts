/**
 * The wizard's own sign-in, as `m365 setup` does it: Microsoft's Azure CLI public client,
 * pre-authorized in every tenant for the Graph permissions app setup needs, through the same
 * device code, window and browser flows as every other sign-in. The session lives in memory;
 * its tokens sit in the encrypted MSAL cache under the Azure CLI's own partition.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { CloudId, CommandInput, SetupSession } from '../../../preload/contract';
import { tenantProblem } from '../app-registration-ids';
import type { CloudEndpoints } from '../cloud-catalog';
import { ProblemError } from '../errors/to-problem';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { InteractiveSignIns } from '../flows/interactive-sign-ins';
import type { PublicClientPool, SignInProfile } from '../msal/public-client-pool';
import { signInProblem } from '../msal/sign-in-problem';
import { isPassingTrouble } from '../net/transport-failure';
import type { SignInProfiles } from '../sign-in-profiles';
import { rolesOf } from '../permissions/person-roles';
import { directoryRoles } from './directory-roles';
import { GraphDirectory } from './graph-directory';
import { BOOTSTRAP_CLIENT_ID } from './permission-catalog';

/** What creating, checking and consenting an app takes (Azure CLI is pre-authorized for them). */
export const SETUP_GRAPH_SCOPES = [
  'Application.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'Directory.Read.All',
] as const;

export interface SetupSessionDeps {
  pool: PublicClientPool;
  profiles: SignInProfiles;
  deviceCode: DeviceCodeFlows;
  interactive: InteractiveSignIns;
}

interface ActiveSession {
  facts: SetupSession;
  profile: SignInProfile;
  homeAccountId: string;
}

/** What the wizard works with: Graph as the signed-in person, and where that person is. */
export interface SetupContext {
  graph: GraphDirectory;
  session: SetupSession;
  cloud: CloudEndpoints;
  /** The session's client: its HTTPS client reaches the token service (replication checks). */
  profile: SignInProfile;
}

export class SetupSessions {
  private active?: ActiveSession;

  constructor(private readonly deps: SetupSessionDeps) {}

  async signIn(input: CommandInput<'appSetup.signIn'>): Promise<SetupSession> {
    const profile = await this.profileFor(input.cloud, input.tenant);
    const scopes = graphSetupScopes(profile.cloud);
    const client = this.deps.pool.get(profile);
    let result: AuthenticationResult;
    try {
      result =
        input.method === 'device-code'
          ? await this.deps.deviceCode.run('entra', client.pca, scopes, profile.cloud.authorityHost)
          : await this.deps.interactive.run(
              input.method,
              'entra',
              client.pca,
              profile.cloud,
              scopes,
            );
    } catch (error) {
      throw new ProblemError(signInProblem(error, client));
    }
    const account = result.account;
    if (!account)
      throw new ProblemError({ code: 'no_account', message: 'Sign-in returned no account.' });
    await this.forgetAllBut(profile, account.homeAccountId);
    const graph = new GraphDirectory({
      http: client.http,
      baseUrl: graphOf(profile.cloud).baseUrl,
      accessToken: result.accessToken,
    });
    // Roles nobody could read count as none here: nobody is assumed to be an admin.
    const held = await rolesOf(result.accessToken, () => graph.myDirectoryRoleTemplateIds());
    const { roles, canGrantAdminConsent, canGrantGraphAppRoles } = directoryRoles(held.templateIds);
    const tenantDomain =
      profile.cloud.id === 'sandbox'
        ? await this.deps.profiles.sandboxTenantDomain()
        : account.username.split('@')[1];
    const facts: SetupSession = {
      cloud: input.cloud,
      username: account.username,
      displayName: account.name ?? account.username,
      tenantId: account.tenantId,
      ...(tenantDomain ? { tenantDomain } : {}),
      canGrantAdminConsent,
      canGrantGraphAppRoles,
      roles,
    };
    this.active = {
      facts,
      profile: { ...profile, tenant: account.tenantId },
      homeAccountId: account.homeAccountId,
    };
    return facts;
  }

  current(): SetupSession | null {
    return this.active?.facts ?? null;
  }

  /** Ends the session and removes its tokens from this computer. */
  async signOut(): Promise<boolean> {
    const active = this.active;
    this.active = undefined;
    if (!active) return false;
    await this.forgetAllBut(active.profile, undefined);
    return true;
  }

  /** Graph as the signed-in person, with a fresh token; refuses without a session. */
  async context(): Promise<SetupContext> {
    const active = this.active;
    if (!active) throw setupSignInRequired();
    const client = this.deps.pool.get(active.profile);
    const account = await client.pca.getTokenCache().getAccountByHomeId(active.homeAccountId);
    if (!account) {
      this.active = undefined;
      throw setupSignInRequired();
    }
    let result: AuthenticationResult;
    try {
      result = await client.pca.acquireTokenSilent({
        account,
        scopes: graphSetupScopes(active.profile.cloud),
      });
    } catch (error) {
      const problem = signInProblem(error, client);
      // A busy or unreachable service passes: its own hint says to try again, not to sign in.
      const passing = isPassingTrouble(problem.code);
      throw new ProblemError(
        passing ? problem : { ...problem, hint: 'Sign in to Set up app again.' },
      );
    }
    const cloud = active.profile.cloud;
    return {
      graph: new GraphDirectory({
        http: client.http,
        baseUrl: graphOf(cloud).baseUrl,
        accessToken: result.accessToken,
      }),
      session: active.facts,
      cloud,
      profile: active.profile,
    };
  }

  private async profileFor(cloud: CloudId, tenant: string | undefined): Promise<SignInProfile> {
    const endpoints = await this.deps.profiles.endpoints(cloud);
    graphOf(endpoints);
    const given = tenant?.trim();
    if (given) {
      const problem = tenantProblem(given, true);
      if (problem) throw new ProblemError(problem);
    }
    const chosen = given || (await this.deps.profiles.defaults(cloud)).tenant;
    return { cloud: endpoints, clientId: BOOTSTRAP_CLIENT_ID, tenant: chosen };
  }

  /** Earlier setup sessions (before a restart, say) leave nothing behind in the cache. */
  private async forgetAllBut(profile: SignInProfile, keep: string | undefined): Promise<void> {
    const cache = this.deps.pool.get(profile).pca.getTokenCache();
    for (const account of await cache.getAllAccounts()) {
      if (account.homeAccountId !== keep) await cache.removeAccount(account);
    }
  }
}

function graphOf(cloud: CloudEndpoints) {
  const graph = cloud.resources.graph;
  if (!graph) {
    throw new ProblemError({
      code: 'service_not_in_cloud',
      message: `Microsoft Graph is not available in ${cloud.label}.`,
    });
  }
  return graph;
}

const graphSetupScopes = (cloud: CloudEndpoints) => {
  const audience = graphOf(cloud).audience.replace(/\/$/, '');
  return SETUP_GRAPH_SCOPES.map((scope) => `${audience}/${scope}`);
};

const setupSignInRequired = () =>
  new ProblemError({
    code: 'setup_sign_in_required',
    message: 'Sign in to Set up app first.',
    hint: 'Set up app signs you in with Microsoft’s Azure CLI app to create or check your app registration.',
  });
