/**
 * "Create it for me", as `m365 setup` does it through Graph: resolve the permission ids, create
 * the app registration (single tenant, public client flows on, the redirect URIs every sign-in
 * method needs), create its service principal, grant tenant-wide consent when the person may,
 * and wait until the token service knows the app. Every step reports its progress.
 */
import type { AppSetupResult, CommandInput } from '../../../preload/contract';
import { ProblemError, toProblem } from '../errors/to-problem';
import { authorityOf } from '../msal/public-client-pool';
import type { PublicClientPool } from '../msal/public-client-pool';
import type { EventSink } from '../ports';
import { grantTenantWideConsent } from './grant-consent';
import {
  consentPlan,
  wholeAppConsentUrl,
  withheldSentence,
  type ConsentPlan,
} from './graph-app-role-limit';
import { SETUP_REDIRECT_URIS } from './permission-catalog';
import { waitForReplication, type Backoff } from './replication-wait';
import { needsOf, requiredAccessOf, resolveNeeds, type ResolvedNeed } from './required-access';
import { SetupProgress } from './setup-progress';
import type { SetupContext } from './setup-session';

export type CreateAppInput = CommandInput<'appSetup.create'>;

export interface CreateAppDeps {
  events: EventSink;
  pool: PublicClientPool;
  backoff?: Backoff;
}

export async function createApp(
  setup: SetupContext,
  input: CreateAppInput,
  deps: CreateAppDeps,
): Promise<AppSetupResult> {
  const { graph, session } = setup;
  const progress = new SetupProgress({ events: deps.events });
  let createdAppId: string | undefined;
  try {
    const needs = await progress.run(
      'resolve-permissions',
      () => resolveNeeds(graph, needsOf(input.services)),
      (resolved) => `${countOf(resolved)} permissions on ${resolved.length} APIs`,
    );
    const resuming = input.resumeClientId?.trim().toLowerCase();
    const app = await progress.run(
      'create-application',
      () =>
        resuming
          ? earlierApp(graph, resuming)
          : graph.createApplication({
              displayName: input.displayName,
              signInAudience: 'AzureADMyOrg',
              isFallbackPublicClient: true,
              publicClient: { redirectUris: [...SETUP_REDIRECT_URIS] },
              requiredResourceAccess: requiredAccessOf(needs),
            }),
      (created) => ({
        detail: `${resuming ? 'Created by the last attempt: ' : ''}Application (client) ID ${created.appId}`,
        appId: created.appId,
      }),
    );
    createdAppId = app.appId;
    const { sp } = await progress.run(
      'create-service-principal',
      async () => {
        const existing = resuming ? await graph.servicePrincipalByAppId(app.appId) : undefined;
        return { sp: existing ?? (await graph.createServicePrincipal(app.appId)), existing };
      },
      ({ existing }) => (existing ? 'Already in your tenant' : 'Created in your tenant'),
    );

    const withheld = !input.grantAdminConsent
      ? 'You chose to grant consent later.'
      : !session.canGrantAdminConsent
        ? 'Only an administrator can grant consent for everyone: send the admin consent link to one.'
        : undefined;
    const plan = withheld
      ? { grantable: needs, withheld: [] }
      : await consentPlan(setup, sp.id, needs);
    const consentLeft = await grantSteps(progress, graph, sp.id, plan, withheld);
    await replicationStep(progress, deps, setup, app.appId);

    return {
      clientId: app.appId,
      tenantId: session.tenantId,
      displayName: app.displayName,
      steps: progress.list(),
      ...(consentLeft ? { adminConsentUrl: wholeAppConsentUrl(setup, app.appId, needs) } : {}),
    };
  } catch (error) {
    throw createdAppId ? new ProblemError(finishByCheck(error, createdAppId)) : error;
  }
}

/**
 * The two consent steps: each grants its part tenant-wide, or is skipped with the reason.
 * Resolves true when consent was left for an administrator, Microsoft Graph's application
 * permissions included when the person may not grant those (said in the step, not tried).
 */
async function grantSteps(
  progress: SetupProgress,
  graph: SetupContext['graph'],
  clientSpId: string,
  plan: ConsentPlan,
  withheld: string | undefined,
): Promise<boolean> {
  const needs = plan.grantable;
  let left = false;
  for (const part of ['delegated', 'application'] as const) {
    const id = part === 'delegated' ? 'grant-delegated-consent' : 'grant-application-permissions';
    const count = needs.reduce(
      (n, need) => n + (part === 'delegated' ? need.scopes : need.roles).length,
      0,
    );
    const graphLeft = part === 'application' ? plan.withheld : [];
    if (count === 0 && graphLeft.length > 0 && !withheld) {
      left = true;
      progress.skip(id, withheldSentence(graphLeft));
    } else if (count === 0 && graphLeft.length === 0) {
      // No application permissions: Unattended access (below it) grants its own when asked.
      progress.skip(
        id,
        part === 'delegated'
          ? 'No delegated permissions were chosen.'
          : 'None chosen here; Unattended access grants its own when you set it up.',
      );
    } else if (withheld) {
      left = true;
      progress.skip(id, withheld);
    } else {
      left ||= graphLeft.length > 0;
      await progress.run(
        id,
        () =>
          grantTenantWideConsent(graph, clientSpId, needs, {
            delegated: part === 'delegated',
            application: part === 'application',
          }),
        () =>
          `${count} permission${count === 1 ? '' : 's'} granted for the whole tenant` +
          (graphLeft.length > 0 ? `; ${withheldSentence(graphLeft)}` : ''),
      );
    }
  }
  return left;
}

/** Waits, with backoff, until the token service knows the app; every try is shown. */
async function replicationStep(
  progress: SetupProgress,
  deps: CreateAppDeps,
  setup: SetupContext,
  appId: string,
): Promise<void> {
  const step = 'wait-for-replication';
  progress.update(step, { state: 'running' });
  try {
    const attempts = await waitForReplication(
      deps.pool.get(setup.profile).http,
      authorityOf(setup.profile),
      appId,
      (attempt, nextInMs) =>
        progress.update(step, {
          state: 'waiting',
          attempt,
          detail: `Not known yet; asking again in ${Math.round(nextInMs / 1000)} s.`,
        }),
      deps.backoff,
    );
    progress.update(step, {
      state: 'done',
      detail: attempts === 1 ? 'Known at once' : `Known after ${attempts} tries`,
      attempt: attempts,
    });
  } catch (error) {
    progress.update(step, { state: 'failed', detail: toProblem(error).message });
    throw error;
  }
}

const countOf = (needs: ResolvedNeed[]) =>
  needs.reduce((n, need) => n + need.scopes.length + need.roles.length, 0);

/** The app an earlier attempt registered, which this one finishes. */
async function earlierApp(graph: SetupContext['graph'], clientId: string) {
  const app = await graph.applicationByAppId(clientId);
  if (!app) {
    throw new ProblemError({
      code: 'app_not_found',
      message: `The app registration ${clientId} that the last attempt created is not in this tenant any more.`,
      hint: 'Try again to register a new one.',
    });
  }
  return app;
}

/** A later step failed, but the app exists: say so, and how to finish. */
function finishByCheck(error: unknown, appId: string) {
  const problem = toProblem(error);
  return {
    ...problem,
    hint: `${problem.hint ? `${problem.hint} ` : ''}The app registration ${appId} was created: Try again finishes its setup, or run Check my app with it.`,
  };
}
