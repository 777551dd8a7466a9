/**
 * The one line Entra draws between the roles that may grant admin consent: "Grant tenant-wide
 * admin consent to an application" (learn.microsoft.com/entra/identity/enterprise-apps/
 * grant-admin-consent, Prerequisites) lets Cloud Application and Application Administrators grant
 * any permission of any API except Microsoft Graph app roles (application permissions), which
 * need a Global or Privileged Role Administrator. App setup grants such a person what they may
 * and says, before trying, what is left, who may grant it and the link to send them.
 */
import type { LeftForAdministrator } from '../../../preload/contract';
import { adminConsentUrl } from '../consent/admin-consent-url';
import { ProblemError } from '../errors/to-problem';
import { GRAPH_APP_ROLE_GRANTOR_NAMES } from './directory-roles';
import type { GraphDirectory } from './graph-directory';
import { missingConsent, type ResolvedNeed } from './required-access';
import { resourceApps, scopePrefix } from './resource-apps';
import type { SetupContext } from './setup-session';

const GRAPH_APP_ID = resourceApps.graph.appId;

/** What the person may grant of `needs`, and Graph's application permissions they may not. */
export interface ConsentPlan {
  grantable: ResolvedNeed[];
  /** Names of Microsoft Graph's application permissions not granted yet, left for an admin. */
  withheld: string[];
}

/** Splits `needs` for the setup session's person; `clientSpId` is the app's service principal. */
export async function consentPlan(
  setup: SetupContext,
  clientSpId: string | undefined,
  needs: ResolvedNeed[],
): Promise<ConsentPlan> {
  const graphNeed = needs.find((need) => need.resource.appId === GRAPH_APP_ID);
  if (setup.session.canGrantGraphAppRoles || !graphNeed?.roles.length)
    return { grantable: needs, withheld: [] };
  const withheld = clientSpId
    ? await missingGraphRoles(setup.graph, clientSpId, graphNeed)
    : [...graphNeed.roles];
  return {
    grantable: needs.map((need) => (need === graphNeed ? { ...need, roles: [] } : need)),
    withheld,
  };
}

async function missingGraphRoles(graph: GraphDirectory, clientSpId: string, need: ResolvedNeed) {
  const missing = missingConsent([need], [], await graph.appRoleAssignments(clientSpId));
  return missing.flatMap((gap) => gap.roles);
}

/** Admin consent for everything the app asks for: `{resource}/.default` per resource. */
export function wholeAppConsentUrl(
  setup: SetupContext,
  clientId: string,
  needs: readonly ResolvedNeed[],
): string {
  const scopes = needs.map((need) => `${scopePrefix(need.resource, setup.cloud)}/.default`);
  return adminConsentUrl(setup.cloud, setup.session.tenantId, clientId, scopes);
}

/** One sentence: whose they are, who may grant them, what to send. */
export function withheldSentence(withheld: readonly string[]): string {
  return `Microsoft Graph’s ${withheld.join(', ')} need ${GRAPH_APP_ROLE_GRANTOR_NAMES}: send them the admin consent link.`;
}

/** What unattended access reports it left: the permissions, why, and the link. */
export function leftForAdministrator(
  setup: SetupContext,
  clientId: string,
  needs: readonly ResolvedNeed[],
  withheld: readonly string[],
): LeftForAdministrator {
  return {
    permissions: withheld.map((role) => `Microsoft Graph: ${role}`),
    message: `You can grant every permission here except Microsoft Graph’s application permissions (${withheld.join(', ')}): only ${GRAPH_APP_ROLE_GRANTOR_NAMES} may. Send one the admin consent link; once they have granted them, set up unattended access for Microsoft Graph again.`,
    adminConsentUrl: wholeAppConsentUrl(setup, clientId, needs),
  };
}

/** The refusal when nothing else is left to grant: said before anything is tried. */
export function graphAppRolesRefusal(
  setup: SetupContext,
  clientId: string,
  needs: readonly ResolvedNeed[],
  withheld: readonly string[],
): ProblemError {
  return new ProblemError({
    code: 'graph_app_roles_need_admin',
    message: `${setup.session.username} cannot grant Microsoft Graph’s application permissions (${withheld.join(', ')}): Entra lets only ${GRAPH_APP_ROLE_GRANTOR_NAMES} grant those.`,
    hint: `Send ${GRAPH_APP_ROLE_GRANTOR_NAMES} this admin consent link: ${wholeAppConsentUrl(setup, clientId, needs)} (or they open the app in the Entra admin center → API permissions → “Grant admin consent”), then try again.`,
  });
}
